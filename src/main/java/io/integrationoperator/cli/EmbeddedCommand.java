package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.catalogue.Catalogue;
import io.integrationoperator.operator.IntegrationOperator;
import io.integrationoperator.operator.OperatorSettings;
import io.javaoperatorsdk.operator.Operator;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A sandbox without a cluster: an in-process stand-in for the Kubernetes API server (fabric8's mock
 * server in CRUD mode) on a loopback address, the CRDs, the manifests, and the very same operator
 * that {@code run} starts.
 */
@Command(
    name = "embedded",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Run the operator against an in-process stand-in for the Kubernetes API server, apply"
            + " the built-in catalogue and manifests, and show the integrations, the installations"
            + " and their published ConfigMaps.")
final class EmbeddedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CatalogueOptions options;

  @Option(
      names = "--apply",
      paramLabel = "PATH",
      description = "A manifest file or a directory of them; repeatable (default: examples/).")
  List<Path> apply = new ArrayList<>();

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "Port of the API server on 127.0.0.1 (default: any free port).")
  int port;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Write a kubeconfig for the sandbox's API server to FILE.")
  Path kubeconfig;

  @Option(
      names = "--once",
      description = "Exit once everything settled: 0 when every installation is Ready, else 1.")
  boolean once;

  @Option(
      names = "--settle-timeout",
      paramLabel = "DURATION",
      defaultValue = "PT30S",
      description =
          "How long to wait for everything to settle, ISO-8601 (default: PT30S, 30 seconds).")
  Duration settleTimeout;

  @Option(names = "--verbose", description = "Show the operator's logs.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = apply.isEmpty() ? List.of(defaultExamples()) : apply;
    if (!options.checkRedirectUri(err)) {
      return 2;
    }
    if (kubeconfig != null
        && kubeconfig.toAbsolutePath().getParent() != null
        && !Files.isDirectory(kubeconfig.toAbsolutePath().getParent())) {
      err.println(
          "error: --kubeconfig "
              + kubeconfig
              + ": folder "
              + kubeconfig.toAbsolutePath().getParent()
              + " does not exist");
      err.flush();
      return 2;
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("error: " + path + " does not exist; give manifests with --apply PATH");
        err.flush();
        return 2;
      }
    }
    KubernetesMockServer server = startServer(err);
    if (server == null) {
      return 2;
    }
    KubernetesClient client = server.createClient();
    Operator operator = null;
    try {
      StandIn.installCrds(client);
      createNamespace(client, options.operatorNamespace);
      OperatorSettings settings =
          new OperatorSettings(options.operatorNamespace, Set.of(), Duration.ofMinutes(10), null);
      operator = IntegrationOperator.create(client, settings, Clock.systemUTC());
      operator.start();
      int installed = options.catalogue ? installCatalogue(client, options.redirectUri) : 0;
      Manifests manifests = new Manifests(client, err);
      List<Path> files = new ArrayList<>();
      for (Path path : paths) {
        files.addAll(Manifests.files(path));
      }
      manifests.apply(manifests.read(files));
      err.flush();
      String address = "http://127.0.0.1:" + server.getPort();
      if (kubeconfig != null) {
        writeKubeconfig(address);
      }
      out.println("Kubernetes API: " + address);
      if (options.catalogue) {
        out.println(
            "Built-in catalogue: "
                + installed
                + " integrations without a platform app (leave them out with --no-catalogue)");
      }
      out.flush();
      SandboxView view = new SandboxView(client);
      awaitSettled(view);
      String shown = view.render();
      out.print(shown);
      out.flush();
      if (once) {
        return view.allReady() ? 0 : 1;
      }
      watch(view, shown, out);
      return 0;
    } finally {
      if (operator != null) {
        operator.stop();
      }
      client.close();
      server.destroy();
    }
  }

  /**
   * {@code examples/} of the working directory, or else of the repository the launcher script ran
   * from, so that the sandbox works from any folder.
   */
  private static Path defaultExamples() {
    Path here = Path.of("examples");
    String home = System.getProperty("integration-operator.home");
    return Files.isDirectory(here) || home == null ? here : Path.of(home, "examples");
  }

  /** Kept so the level sticks: java.util.logging holds its loggers weakly. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private KubernetesMockServer startServer(PrintWriter err) {
    if (!verbose) {
      MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    }
    try {
      return StandIn.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (Exception e) {
      err.println(
          "error: cannot listen on 127.0.0.1:"
              + port
              + " ("
              + rootMessage(e)
              + "); choose another --port, or leave it out to use any free port");
      err.flush();
      return null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /**
   * Creates every catalogue entry with the given redirect URI and no platform app, so tenants of
   * the sandbox bring their own unless a manifest supplies an entry of the same name.
   */
  static int installCatalogue(KubernetesClient client, String redirectUri) {
    List<Integration> entries = Catalogue.load(redirectUri, null);
    for (Integration entry : entries) {
      client.resource(entry).createOr(NonDeletingOperation::update);
    }
    return entries.size();
  }

  private static void createNamespace(KubernetesClient client, String name) {
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .createOr(NonDeletingOperation::update);
  }

  private void writeKubeconfig(String address) throws IOException {
    String config =
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "clusters:",
            "- name: embedded",
            "  cluster:",
            "    server: " + address,
            "contexts:",
            "- name: embedded",
            "  context:",
            "    cluster: embedded",
            "    user: embedded",
            "    namespace: default",
            "current-context: embedded",
            "users:",
            "- name: embedded",
            "  user:",
            "    token: embedded",
            "");
    Files.writeString(kubeconfig, config);
  }

  private void awaitSettled(SandboxView view) throws InterruptedException {
    long deadline = System.nanoTime() + settleTimeout.toNanos();
    int settledPolls = 0;
    while (System.nanoTime() < deadline && settledPolls < 3) {
      settledPolls = view.settled() ? settledPolls + 1 : 0;
      Thread.sleep(300);
    }
  }

  /** Prints the view again whenever it changes, until interrupted. */
  private static void watch(SandboxView view, String shown, PrintWriter out)
      throws InterruptedException {
    out.println("\nWatching for changes; press Ctrl-C to stop.");
    String last = shown;
    while (!Thread.currentThread().isInterrupted()) {
      Thread.sleep(1000);
      String now = view.render();
      if (!now.equals(last)) {
        out.println("\n--- " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " ---");
        out.print(now);
        out.flush();
        last = now;
      }
    }
  }
}
