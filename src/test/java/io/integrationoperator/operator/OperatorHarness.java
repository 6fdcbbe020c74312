package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.integrationoperator.cli.StandIn;
import io.javaoperatorsdk.operator.Operator;
import java.util.ArrayList;
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
    server = StandIn.startWithCrds();
    client = server.createClient();
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
