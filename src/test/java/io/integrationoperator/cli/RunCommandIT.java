package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code run} command against the API server stand-in: probes, metrics, clean stop. */
class RunCommandIT {
  private KubernetesMockServer server;
  private KubernetesClient client;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = StandIn.startWithCrds();
    client = server.createClient();
    client
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("integration-operator")
                .endMetadata()
                .build())
        .create();
  }

  @AfterEach
  void stop() {
    System.clearProperty(Config.KUBERNETES_MASTER_SYSTEM_PROPERTY);
    System.clearProperty(Config.KUBERNETES_AUTH_TRYKUBECONFIG_SYSTEM_PROPERTY);
    client.close();
    server.destroy();
  }

  @Test
  void servesProbesAndMetricsAndStopsCleanly() throws Exception {
    System.setProperty(
        Config.KUBERNETES_MASTER_SYSTEM_PROPERTY, "http://127.0.0.1:" + server.getPort());
    System.setProperty(Config.KUBERNETES_AUTH_TRYKUBECONFIG_SYSTEM_PROPERTY, "false");
    int port = freePort();
    RunCommand run = new RunCommand();
    CommandLine cli = new CommandLine(run);
    cli.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute("--http-port", String.valueOf(port)));

    await().atMost(Duration.ofSeconds(30)).until(() -> status(port, "/healthz/ready") == 200);
    assertThat(status(port, "/healthz/live")).isEqualTo(200);
    assertThat(status(port, "/healthz/startup")).isEqualTo(200);
    RunningSandbox.applyExamples(
        client, "00-operator-namespace.yaml", "10-integrations.yaml", "20-tenant-acme.yaml");

    String metrics =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> body(port, "/metrics"),
                m ->
                    m.contains(
                        "integration_operator_installation_ready{name=\"zendesk\","
                            + "namespace=\"tenant-acme\",reason=\"Published\"} 1.0"));
    assertThat(metrics).contains("operator_sdk_").doesNotContain("s3cr3t");
    assertThat(metrics.lines().filter(l -> l.startsWith("operator_sdk_")))
        .allSatisfy(l -> assertThat(l).doesNotContain("tenant-acme"));

    run.stopAndWait();
    assertThat(exit.get()).isZero();
  }

  private int status(int port, String path) {
    try {
      return http.send(request(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception notUpYet) {
      return -1;
    }
  }

  private String body(int port, String path) throws Exception {
    return http.send(request(port, path), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static HttpRequest request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
