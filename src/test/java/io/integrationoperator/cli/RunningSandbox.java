package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.operator.IntegrationOperator;
import io.integrationoperator.operator.OperatorSettings;
import io.javaoperatorsdk.operator.Operator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** The API server stand-in with the CRDs, and the operator running against it. */
final class RunningSandbox implements AutoCloseable {
  final KubernetesMockServer server = StandIn.startWithCrds();
  final KubernetesClient client = server.createClient();
  private final Operator operator;

  RunningSandbox() {
    operator = IntegrationOperator.create(client, OperatorSettings.defaults(), Clock.systemUTC());
    operator.start();
  }

  /** Applies the named files of examples/, ranked as the sandbox ranks them. */
  static void applyExamples(KubernetesClient client, String... files) {
    Manifests manifests = new Manifests(client, new PrintWriter(new StringWriter(), true));
    List<Path> paths = Arrays.stream(files).map(f -> Path.of("examples", f)).toList();
    manifests.apply(manifests.read(paths));
  }

  void applyExamples(String... files) {
    applyExamples(client, files);
  }

  /** The installation's Ready condition, or null before its first status. */
  Condition ready(String namespace, String name) {
    IntegrationInstallation installation =
        client.resources(IntegrationInstallation.class).inNamespace(namespace).withName(name).get();
    if (installation == null || installation.getStatus() == null) {
      return null;
    }
    return installation.getStatus().getConditions().stream()
        .filter(c -> "Ready".equals(c.getType()))
        .findFirst()
        .orElse(null);
  }

  @Override
  public void close() {
    operator.stop();
    client.close();
    server.destroy();
  }
}
