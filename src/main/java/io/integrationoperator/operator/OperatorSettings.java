package io.integrationoperator.operator;

import java.time.Duration;
import java.util.Set;

/**
 * How the operator runs.
 *
 * @param operatorNamespace where the platform's app Secrets (and the leader-election Lease) live
 * @param watchNamespaces namespaces whose installations are reconciled; empty means all
 * @param resyncPeriod how often every object is reconciled even without a change
 * @param leaseName the leader-election Lease in the operator namespace, or null to run without
 * @param discovery how OpenID Connect discovery fetches and refreshes provider metadata
 */
public record OperatorSettings(
    String operatorNamespace,
    Set<String> watchNamespaces,
    Duration resyncPeriod,
    String leaseName,
    DiscoverySettings discovery) {
  public static final String DEFAULT_NAMESPACE = "integration-operator";

  public OperatorSettings {
    watchNamespaces = Set.copyOf(watchNamespaces);
  }

  public OperatorSettings(
      String operatorNamespace, Set<String> watchNamespaces, Duration resyncPeriod, String lease) {
    this(operatorNamespace, watchNamespaces, resyncPeriod, lease, DiscoverySettings.defaults());
  }

  public static OperatorSettings defaults() {
    return new OperatorSettings(DEFAULT_NAMESPACE, Set.of(), Duration.ofMinutes(10), null);
  }

  public OperatorSettings withResyncPeriod(Duration period) {
    return new OperatorSettings(operatorNamespace, watchNamespaces, period, leaseName, discovery);
  }

  public OperatorSettings withWatchNamespaces(Set<String> namespaces) {
    return new OperatorSettings(operatorNamespace, namespaces, resyncPeriod, leaseName, discovery);
  }

  public OperatorSettings withDiscovery(DiscoverySettings settings) {
    return new OperatorSettings(
        operatorNamespace, watchNamespaces, resyncPeriod, leaseName, settings);
  }

  public boolean watchesAllNamespaces() {
    return watchNamespaces.isEmpty();
  }
}
