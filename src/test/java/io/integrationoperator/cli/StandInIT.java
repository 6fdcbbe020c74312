package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in refuses objects of the wrong shape, as a real API server does, and stays up. */
class StandInIT {
  private static final String SECRETS = "/api/v1/namespaces/tenant-acme/secrets";
  private static final String INSTALLATIONS =
      "/apis/integration-operator.io/v1alpha1/namespaces/tenant-acme/integrationinstallations";

  private final RunningSandbox sandbox = new RunningSandbox();
  private final KubernetesMockServer server = sandbox.server;
  private final KubernetesClient client = sandbox.client;

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void refusesAFieldOfTheWrongTypeIgnoresAnUnknownOneAndTheOperatorGoesOn() throws Exception {
    sandbox.applyExamples("00-operator-namespace.yaml", "10-integrations.yaml");

    HttpResponse<String> wrongType = postInstallation("wrong", "\"integrationRef\":\"zendesk\"");
    HttpResponse<String> unknownField =
        postInstallation(
            "typo",
            "\"integrationRef\":{\"name\":\"zendesk\"},"
                + "\"connectionParameters\":{\"subdomain\":\"typo\"},\"oauthOverides\":{}");

    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(wrongType.body())
        .contains("IntegrationInstallation \\\"wrong\\\" is invalid")
        .contains("spec.integrationRef: expected an object");
    assertThat(unknownField.statusCode()).as(unknownField.body()).isEqualTo(201);
    sandbox.applyExamples("20-tenant-acme.yaml");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "Published".equals(readyReason("zendesk"))
                    && "Published".equals(readyReason("typo")));
    String stored =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url(INSTALLATIONS + "/zendesk"))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    HttpResponse<String> replaced =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url(INSTALLATIONS + "/zendesk")))
                    .header("Content-Type", "application/json")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            stored.replaceFirst(
                                "\"integrationRef\":\\{[^}]*}", "\"integrationRef\":\"zendesk\"")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(422);
    assertThat(
            client
                .resources(IntegrationInstallation.class)
                .inNamespace("tenant-acme")
                .list()
                .getItems())
        .extracting(i -> i.getMetadata().getName())
        .containsExactlyInAnyOrder("zendesk", "typo");
  }

  @Test
  void servesWhatKubectlReadsFirstAndPrintsTheCrdsColumns() throws Exception {
    sandbox.applyExamples(
        "00-operator-namespace.yaml", "10-integrations.yaml", "20-tenant-acme.yaml");
    await().atMost(Duration.ofSeconds(20)).until(() -> "Published".equals(readyReason("zendesk")));

    JsonNode groups = json(get("/apis", "application/json"));
    JsonNode resources = json(get("/apis/integration-operator.io/v1alpha1", "application/json"));
    JsonNode table =
        json(get(INSTALLATIONS, "application/json;as=Table;v=v1;g=meta.k8s.io,application/json"));

    assertThat(json(get("/api", "application/json")).path("versions").toString())
        .contains("\"v1\"");
    assertThat(json(get("/api/v1", "application/json")).path("resources").findValuesAsText("name"))
        .contains("secrets", "configmaps", "namespaces", "events");
    assertThat(json(get("/apis/integration-operator.io", "application/json")).path("kind").asText())
        .isEqualTo("APIGroup");
    assertThat(groups.path("kind").asText()).isEqualTo("APIGroupList");
    assertThat(resources.path("kind").asText()).isEqualTo("APIResourceList");
    assertThat(groups.path("groups").findValuesAsText("name"))
        .contains("integration-operator.io", "coordination.k8s.io");
    assertThat(resources.path("resources"))
        .anySatisfy(
            r -> {
              assertThat(r.path("name").asText()).isEqualTo("integrationinstallations");
              assertThat(r.path("namespaced").asBoolean()).isTrue();
              assertThat(r.path("shortNames").toString()).contains("intinst");
            });
    assertThat(table.path("kind").asText()).isEqualTo("Table");
    assertThat(table.path("columnDefinitions").findValuesAsText("name"))
        .containsExactly("Name", "Integration", "Source", "Ready", "Reason", "Age", "Message");
    assertThat(table.path("rows").get(0).path("cells").toString())
        .startsWith("[\"zendesk\",\"zendesk\",\"Default\",\"True\",\"Published\",");
    JsonNode plain = json(get(INSTALLATIONS, "application/json"));
    assertThat(plain.has("columnDefinitions")).isFalse();
    assertThat(plain.path("items").findValuesAsText("name")).contains("zendesk");
  }

  @Test
  void answersProtobufWith415AndASecretOfTheWrongShapeWith422() throws Exception {
    HttpResponse<String> response =
        post(SECRETS, "application/vnd.kubernetes.protobuf", "k8s\u0000");
    HttpResponse<String> wrongSecret =
        post(
            SECRETS,
            "application/json",
            "{\"apiVersion\":\"v1\",\"kind\":\"Secret\","
                + "\"metadata\":{\"name\":\"s\",\"namespace\":\"tenant-acme\"},"
                + "\"data\":\"not-a-map\"}");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(wrongSecret.statusCode()).isEqualTo(422);
    assertThat(wrongSecret.body()).contains("data: expected a map").doesNotContain("not-a-map");
    assertThat(response.body()).contains("kubectl apply --validate=false -f FILE");
  }

  @Test
  void answersEveryRequestEvenOneItCannotReadAndKeepsDiscoveryWorking() throws Exception {
    HttpResponse<String> unreadable =
        post(
            SECRETS,
            "application/json",
            "{\"apiVersion\":\"v1\",\"kind\":\"Secret\","
                + "\"metadata\":{\"name\":\"s\",\"labels\":\"quoted-value\"}}");
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(
            new io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder()
                .withNewMetadata()
                .withName("widgets.coordination.k8s.io")
                .endMetadata()
                .withNewSpec()
                .withGroup("coordination.k8s.io")
                .withScope("Namespaced")
                .withNewNames()
                .withKind("Widget")
                .withPlural("widgets")
                .withSingular("widget")
                .endNames()
                .addNewVersion()
                .withName("v1")
                .withServed(true)
                .withStorage(true)
                .endVersion()
                .endSpec()
                .build())
        .create();

    assertThat(unreadable.statusCode()).isBetween(400, 422);
    assertThat(unreadable.body()).doesNotContain("quoted-value");
    assertThat(
            json(get("/apis/coordination.k8s.io/v1", "application/json"))
                .path("resources")
                .findValuesAsText("name"))
        .contains("leases", "widgets");
    assertThat(status("/openapi/v2")).isEqualTo(404);
    assertThat(status("/apis/no.such.group")).isEqualTo(404);
  }

  private int status(String path) throws Exception {
    return send(path, "application/json").statusCode();
  }

  private String get(String path, String accept) throws Exception {
    HttpResponse<String> response = send(path, accept);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> send(String path, String accept) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String body) throws Exception {
    return new ObjectMapper().readTree(body);
  }

  private HttpResponse<String> postInstallation(String name, String spec) throws Exception {
    String json =
        "{\"apiVersion\":\"integration-operator.io/v1alpha1\",\"kind\":\"IntegrationInstallation\","
            + "\"metadata\":{\"name\":\""
            + name
            + "\",\"namespace\":\"tenant-acme\"},\"spec\":{"
            + spec
            + "}}";
    return post(INSTALLATIONS, "application/json", json);
  }

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private String readyReason(String name) {
    var ready = sandbox.ready("tenant-acme", name);
    return ready == null ? null : ready.getReason();
  }
}
