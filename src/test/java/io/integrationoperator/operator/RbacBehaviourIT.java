package io.integrationoperator.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.cli.StandIn;
import io.integrationoperator.helm.RenderedRbac;
import io.javaoperatorsdk.operator.Operator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Records every request the operator makes while it works through a broad scenario, and checks each
 * one against the RBAC rules the Helm chart renders, in both of the chart's modes. It also checks
 * that the chart grants nothing the operator does not use, apart from what the chart reserves for
 * code paths the scenario cannot reach.
 */
class RbacBehaviourIT {
  private static final String AGENT = "integration-operator-under-test";
  private static final String OTHER_TENANT = "tenant-globex";

  /** Granted but not exercised here, as the chart's README lists them under Reserved rights. */
  private static final Set<String> RESERVED = ReservedRights.read();

  private KubernetesMockServer server;
  private KubernetesClient client;
  private KubernetesClient operatorClient;
  private Operator operator;

  private void start(OperatorSettings settings) throws Exception {
    server = StandIn.startWithCrds();
    client = server.createClient();
    operatorClient = server.createClient(b -> b.editOrNewConfig().withUserAgent(AGENT).endConfig());
    for (String ns : List.of(OperatorHarness.OPERATOR_NAMESPACE, Fixtures.TENANT, OTHER_TENANT)) {
      client
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
          .create();
    }
    operator = IntegrationOperator.create(operatorClient, settings, Clock.systemUTC());
    operator.start();
  }

  @AfterEach
  void stop() {
    operator.stop();
    operatorClient.close();
    client.close();
    server.destroy();
  }

  @Test
  void everyRequestIsAllowedByTheClusterWideRules() throws Exception {
    start(OperatorSettings.defaults());
    List<ApiRequest> used = exercise();
    RenderedRbac rbac = RenderedRbac.render(Map.of());

    assertAllowed(used, rbac);
    Set<String> unused = new TreeSet<>(rbac.grantedRules());
    used.forEach(r -> unused.remove(r.rule()));
    unused.removeAll(RESERVED);
    assertThat(unused).as("granted by the chart but never used").isEmpty();
  }

  @Test
  void everyRequestIsAllowedByTheNamespaceScopedRules() throws Exception {
    start(OperatorSettings.defaults().withWatchNamespaces(Set.of(Fixtures.TENANT, OTHER_TENANT)));
    List<ApiRequest> used = exercise();

    assertAllowed(
        used,
        RenderedRbac.render(
            Map.of("watchNamespaces[0]", Fixtures.TENANT, "watchNamespaces[1]", OTHER_TENANT)));
  }

  private static void assertAllowed(List<ApiRequest> used, RenderedRbac rbac) {
    List<ApiRequest> denied =
        used.stream()
            .filter(
                r ->
                    !rbac.allows(
                        r.group(),
                        r.resource(),
                        r.subresource(),
                        r.verb(),
                        r.namespace() == null ? null : r.namespace()))
            .distinct()
            .toList();
    assertThat(denied).as("requests the chart's RBAC would deny").isEmpty();
    assertThat(used.stream().map(ApiRequest::rule).collect(Collectors.toSet()))
        .contains(
            "core/secrets:watch",
            "core/configmaps:create",
            "core/configmaps:update",
            "core/configmaps:delete",
            "core/events:create",
            "integration-operator.io/integrationinstallations/status:patch",
            "integration-operator.io/integrations/status:patch");
    assertThat(used)
        .filteredOn(r -> r.rule().equals("core/events:create"))
        .extracting(ApiRequest::namespace)
        .contains(EventRecorder.CLUSTER_SCOPED_EVENTS, Fixtures.TENANT);
    assertThat(used.stream().map(ApiRequest::rule).collect(Collectors.toSet()))
        .contains("integration-operator.io/integrations/status:patch");
  }

  /** Drives the operator through publishing, conflicts, rotation, renames and repairs. */
  private List<ApiRequest> exercise() throws Exception {
    client
        .resource(
            Fixtures.secret(OperatorHarness.OPERATOR_NAMESPACE, Fixtures.PLATFORM_SECRET, "p", "s"))
        .create();
    client.resource(Fixtures.zendesk()).create();
    var broken = Fixtures.zendeskAs("broken");
    broken.getSpec().getOauth().setTokenEndpoint("http://{subdomain}.zendesk.com/token");
    client.resource(broken).create();
    client.resource(Fixtures.installation("platform")).create();
    client.resource(Fixtures.secret(Fixtures.TENANT, "own-app", "id", "secret")).create();
    client.resource(Fixtures.ownApp("own", "own-app")).create();
    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("taken-oauth")
                .withNamespace(Fixtures.TENANT)
                .endMetadata()
                .build())
        .create();
    client.resource(Fixtures.installation("taken")).create();
    var other = Fixtures.installation("other");
    other.getMetadata().setNamespace(OTHER_TENANT);
    client.resource(other).create();
    awaitReason(Fixtures.TENANT, "platform", "Published");
    awaitReason(Fixtures.TENANT, "own", "Published");
    awaitReason(Fixtures.TENANT, "taken", "ConfigMapConflict");
    awaitReason(OTHER_TENANT, "other", "Published");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !client
                    .v1()
                    .events()
                    .inNamespace(EventRecorder.CLUSTER_SCOPED_EVENTS)
                    .list()
                    .getItems()
                    .isEmpty());

    client.resource(Fixtures.secret(Fixtures.TENANT, "own-app", "id", "rotated")).update();
    client
        .resources(IntegrationInstallation.class)
        .inNamespace(Fixtures.TENANT)
        .withName("platform")
        .edit(
            i -> {
              i.getSpec().setConfigMapName("renamed");
              return i;
            });
    client.configMaps().inNamespace(Fixtures.TENANT).withName("own-oauth").delete();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                client.configMaps().inNamespace(Fixtures.TENANT).withName("own-oauth").get() != null
                    && client
                            .configMaps()
                            .inNamespace(Fixtures.TENANT)
                            .withName("platform-oauth")
                            .get()
                        == null);
    Thread.sleep(500);
    return operatorRequests();
  }

  private void awaitReason(String namespace, String name, String reason) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              var installation =
                  client
                      .resources(IntegrationInstallation.class)
                      .inNamespace(namespace)
                      .withName(name)
                      .get();
              if (installation == null || installation.getStatus() == null) {
                return false;
              }
              var ready = StatusConditions.find(installation.getStatus().getConditions(), "Ready");
              return ready != null && reason.equals(ready.getReason());
            });
  }

  private List<ApiRequest> operatorRequests() throws InterruptedException {
    List<ApiRequest> requests = new ArrayList<>();
    RecordedRequest request;
    while ((request = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
      if (AGENT.equals(request.getHeader("User-Agent"))) {
        requests.add(ApiRequest.of(request));
      }
    }
    return requests;
  }
}
