package io.integrationoperator.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;

/**
 * The stand-in for a Kubernetes API server that the sandbox and the tests run the operator against:
 * fabric8's mock server in CRUD mode, holding this operator's CRDs, which refuses this operator's
 * objects when a field has the wrong type.
 */
public final class StandIn {
  /** The CRDs, as the build writes them into the classpath folder {@code crds/}. */
  public static final List<String> CRDS =
      List.of(
          "integrations.integration-operator.io.yaml",
          "integrationinstallations.integration-operator.io.yaml");

  private StandIn() {}

  /**
   * A server in CRUD mode listening on {@code address}:{@code port} (0: any free port), without
   * CRDs yet.
   */
  public static KubernetesMockServer start(InetAddress address, int port) {
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new StandInDispatcher(), false);
    server.init(address, port);
    return server;
  }

  /** A server on a free loopback port with the CRDs installed. */
  public static KubernetesMockServer startWithCrds() {
    KubernetesMockServer server = start(InetAddress.getLoopbackAddress(), 0);
    try (KubernetesClient client = server.createClient()) {
      installCrds(client);
    }
    return server;
  }

  /** Creates both CRDs, so that the server treats status as a subresource. */
  public static void installCrds(KubernetesClient client) {
    for (String crd : CRDS) {
      try (InputStream in = StandIn.class.getResourceAsStream("/crds/" + crd)) {
        if (in == null) {
          throw new IllegalStateException("no /crds/" + crd + " on the classpath; build first");
        }
        client.apiextensions().v1().customResourceDefinitions().load(in).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
