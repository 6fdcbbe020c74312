package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The gauge {@code integration_operator_installation_ready}: one series per installation, 1 when
 * Ready is True and 0 otherwise, tagged with its namespace, name and Ready reason. It is computed
 * from the informer cache when metrics are read, so deleted installations disappear with it.
 */
public final class InstallationReadiness {
  private final MultiGauge gauge;
  private final Supplier<Stream<IntegrationInstallation>> installations;

  InstallationReadiness(
      MeterRegistry registry, Supplier<Stream<IntegrationInstallation>> installations) {
    this.installations = installations;
    this.gauge =
        MultiGauge.builder("integration_operator_installation_ready")
            .description("1 when the installation is Ready, 0 otherwise, by Ready reason")
            .register(registry);
  }

  /** Brings the series up to date with the cache; call before metrics are read. */
  public void refresh() {
    List<MultiGauge.Row<?>> rows = installations.get().map(InstallationReadiness::row).toList();
    gauge.register(rows, true);
  }

  private static MultiGauge.Row<?> row(IntegrationInstallation installation) {
    Condition ready =
        installation.getStatus() == null
            ? null
            : StatusConditions.find(installation.getStatus().getConditions(), "Ready");
    String reason = ready == null || ready.getReason() == null ? "Unknown" : ready.getReason();
    return MultiGauge.Row.of(
        Tags.of(
            "namespace",
            installation.getMetadata().getNamespace(),
            "name",
            installation.getMetadata().getName(),
            "reason",
            reason),
        ready != null && "True".equals(ready.getStatus()) ? 1 : 0);
  }
}
