package io.integrationoperator.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import java.time.Clock;

/** Assembles the operator: both controllers on one JOSDK {@link Operator}. */
public final class IntegrationOperator {
  private IntegrationOperator() {}

  /** An operator that is not started yet, with metrics nobody reads. */
  public static Operator create(KubernetesClient client, OperatorSettings settings, Clock clock) {
    return create(client, settings, clock, new OperatorMetrics());
  }

  /**
   * An operator that is not started yet. Status is patched without server-side apply. With leader
   * election, a leader that loses its Lease exits the JVM with status 1 so that it restarts as a
   * standby; {@link Operator#stop()} hands the Lease back instead.
   */
  public static Operator create(
      KubernetesClient client, OperatorSettings settings, Clock clock, OperatorMetrics metrics) {
    // Exit from a thread of its own: the callback runs under the leader elector's lock, which the
    // shutdown hooks' graceful stop needs too.
    Runnable exit = () -> new Thread(() -> System.exit(1), "lost-lease-exit").start();
    return create(client, settings, clock, metrics, exit);
  }

  /** As {@link #create(KubernetesClient, OperatorSettings, Clock, OperatorMetrics)}. */
  static Operator create(
      KubernetesClient client,
      OperatorSettings settings,
      Clock clock,
      OperatorMetrics metrics,
      Runnable onLostLease) {
    LeaderElection election =
        settings.leaderElection() == null
            ? null
            : new LeaderElection(
                client, settings.operatorNamespace(), settings.leaderElection(), onLostLease);
    Operator operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withUseSSAToPatchPrimaryResource(false)
                  .withCloseClientOnStop(false)
                  .withMetrics(metrics.josdk());
              if (election != null) {
                o.withLeaderElectionConfiguration(election.configuration());
              }
            }) {
          @Override
          public void stop() {
            if (election != null) {
              election.stopping();
            }
            super.stop();
          }
        };
    operator.register(
        new IntegrationReconciler(clock, settings.discovery(), new EventRecorder(client, clock)),
        c -> c.withReconciliationMaxInterval(settings.resyncPeriod()));
    InstallationReconciler installations = new InstallationReconciler(settings, clock);
    operator.register(
        installations,
        c -> {
          c.withReconciliationMaxInterval(settings.resyncPeriod());
          if (settings.watchesAllNamespaces()) {
            c.watchingAllNamespaces();
          } else {
            c.settingNamespaces(settings.watchNamespaces());
          }
        });
    InstallationReadiness readiness =
        new InstallationReadiness(metrics.registry(), installations::cached);
    metrics.beforeScrape(readiness::refresh);
    return operator;
  }
}
