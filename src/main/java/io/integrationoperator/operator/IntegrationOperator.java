package io.integrationoperator.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Clock;

/** Assembles the operator: both controllers on one JOSDK {@link Operator}. */
public final class IntegrationOperator {
  private IntegrationOperator() {}

  /** An operator that is not started yet, with metrics nobody reads. */
  public static Operator create(KubernetesClient client, OperatorSettings settings, Clock clock) {
    return create(client, settings, clock, new OperatorMetrics());
  }

  /** An operator that is not started yet. Status is patched without server-side apply. */
  public static Operator create(
      KubernetesClient client, OperatorSettings settings, Clock clock, OperatorMetrics metrics) {
    Operator operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withUseSSAToPatchPrimaryResource(false)
                  .withCloseClientOnStop(false)
                  .withMetrics(metrics.josdk());
              if (settings.leaseName() != null) {
                o.withLeaderElectionConfiguration(
                    new LeaderElectionConfiguration(
                        settings.leaseName(), settings.operatorNamespace()));
              }
            });
    operator.register(
        new IntegrationReconciler(clock, settings.discovery()),
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
