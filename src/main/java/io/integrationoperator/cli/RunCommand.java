package io.integrationoperator.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.integrationoperator.operator.IntegrationOperator;
import io.integrationoperator.operator.OperatorMetrics;
import io.integrationoperator.operator.OperatorSettings;
import io.javaoperatorsdk.operator.Operator;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the operator against the cluster of the current kubeconfig or in-cluster config. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Run the operator against the current cluster (kubeconfig or in-cluster).")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The log format; read by Main before logging starts. */
  enum LogFormat {
    text,
    json
  }

  @Option(
      names = "--operator-namespace",
      defaultValue = "${env:OPERATOR_NAMESPACE:-" + OperatorSettings.DEFAULT_NAMESPACE + "}",
      description =
          "Namespace of the platform's app Secrets and of the leader-election Lease"
              + " (default: $OPERATOR_NAMESPACE or ${DEFAULT-VALUE}).")
  String operatorNamespace;

  @Option(
      names = "--watch-namespaces",
      split = ",",
      description = "Namespaces whose installations to reconcile, comma-separated (default: all).")
  List<String> watchNamespaces = List.of();

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description =
          "Port of /metrics and the health endpoints /healthz/{startup,ready,live}"
              + " (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--log-format",
      defaultValue = "text",
      description = "Log format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LogFormat logFormat;

  @Option(
      names = "--leader-election",
      description = "Elect a leader through a Lease, for running several replicas.")
  boolean leaderElection;

  @Option(
      names = "--lease-name",
      defaultValue = "integration-operator",
      description = "Name of the leader-election Lease (default: ${DEFAULT-VALUE}).")
  String leaseName;

  @Option(
      names = "--resync-period",
      defaultValue = "PT10M",
      description =
          "How often every object is reconciled without a change, ISO-8601 (default: 10 minutes).")
  Duration resyncPeriod;

  /** Counted down by the JVM's shutdown (SIGTERM) or by a test. */
  final CountDownLatch stopRequested = new CountDownLatch(1);

  /** Counted down once the operator stopped. */
  final CountDownLatch stopped = new CountDownLatch(1);

  /** True from the end of the operator's start to the beginning of its stop. */
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * Asks the operator to stop and waits for it, so the JVM does not halt halfway. While it is still
   * starting there is nothing in flight to wait for.
   */
  void stopAndWait() {
    // Read before the countdown: the main thread clears the flag as soon as it wakes.
    boolean started = running.get();
    stopRequested.countDown();
    if (!started) {
      return;
    }
    try {
      stopped.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Integer call() throws Exception {
    OperatorSettings settings =
        new OperatorSettings(
            operatorNamespace,
            new LinkedHashSet<>(watchNamespaces),
            resyncPeriod,
            leaderElection ? leaseName : null);
    KubernetesClient client = new KubernetesClientBuilder().build();
    OperatorMetrics metrics = new OperatorMetrics();
    Operator operator = IntegrationOperator.create(client, settings, Clock.systemUTC(), metrics);
    // The flag first: the operator's runtime state is locked while it starts or stops.
    BooleanSupplier ready =
        () -> running.get() && operator.getRuntimeInfo().allEventSourcesAreHealthy();
    Thread hook = new Thread(this::stopAndWait, "shutdown");
    try (HealthServer health = new HealthServer(httpPort, ready, metrics)) {
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        operator.start();
      } catch (RuntimeException e) {
        spec.commandLine().getErr().println("error: the operator could not start: " + e);
        return 1;
      }
      running.set(true);
      stopRequested.await();
      running.set(false);
      // Graceful: in-flight reconciliations finish, informers and the Lease are released.
      operator.stop();
    } catch (BindException e) {
      spec.commandLine()
          .getErr()
          .println(
              "error: cannot listen on port " + httpPort + " (--http-port): " + e.getMessage());
      return 2;
    } finally {
      client.close();
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is what stopped us.
      }
    }
    return 0;
  }
}
