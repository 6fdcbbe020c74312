package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.javaoperatorsdk.operator.Operator;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real operator against fabric8's mock API server in CRUD mode, with the generated CRDs
 * installed and the operator's namespace created. One per test.
 */
final class OperatorHarness implements AutoCloseable {
  static final String OPERATOR_NAMESPACE = OperatorSettings.DEFAULT_NAMESPACE;

  final KubernetesMockServer server;
  final KubernetesClient client;
  final TestClock clock = new TestClock();
  private final Operator operator;

  private OperatorHarness(OperatorSettings settings) throws Exception {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    client = server.createClient();
    installCrds(client);
    client
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(OPERATOR_NAMESPACE)
                .endMetadata()
                .build())
        .create();
    operator = IntegrationOperator.create(client, settings, clock);
    operator.start();
  }

  static OperatorHarness start() throws Exception {
    return new OperatorHarness(OperatorSettings.defaults());
  }

  static OperatorHarness start(OperatorSettings settings) throws Exception {
    return new OperatorHarness(settings);
  }

  static void installCrds(KubernetesClient client) throws Exception {
    for (String crd :
        List.of(
            "integrations.integration-operator.io.yaml",
            "integrationinstallations.integration-operator.io.yaml")) {
      try (InputStream in = OperatorHarness.class.getResourceAsStream("/crds/" + crd)) {
        client.apiextensions().v1().customResourceDefinitions().load(in).create();
      }
    }
  }

  /** Every request the server received since the last call, in order. */
  synchronized List<RecordedRequest> takeRequests() {
    List<RecordedRequest> taken = new ArrayList<>();
    try {
      RecordedRequest request;
      while ((request = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
        taken.add(request);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return taken;
  }

  /** Requests that change something: everything but GET (list, watch, read). */
  static List<String> writes(List<RecordedRequest> requests) {
    return requests.stream()
        .filter(r -> !"GET".equals(r.getMethod()))
        .map(r -> r.getMethod() + " " + r.getPath())
        .toList();
  }

  /** Requests that only read: gets, lists and watches. */
  static List<String> reads(List<RecordedRequest> requests) {
    return requests.stream()
        .filter(r -> "GET".equals(r.getMethod()))
        .map(r -> r.getMethod() + " " + r.getPath())
        .toList();
  }

  @Override
  public void close() {
    operator.stop();
    client.close();
    server.destroy();
  }
}
