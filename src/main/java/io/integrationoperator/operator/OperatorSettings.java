package io.integrationoperator.operator;

import java.time.Duration;
import java.util.Set;

/**
 * How the operator runs.
 *
 * @param operatorNamespace where the platform's app Secrets (and the leader-election Lease) live
 * @param watchNamespaces namespaces whose installations are reconciled; empty means all
 * @param resyncPeriod how often every object is reconciled even without a change
 * @param leaderElection how replicas elect a leader through a Lease in the operator namespace, or
 *     null to run without leader election
 * @param discovery how OpenID Connect discovery fetches and refreshes provider metadata
 */
public record OperatorSettings(
    String operatorNamespace,
    Set<String> watchNamespaces,
    Duration resyncPeriod,
    LeaderElectionSettings leaderElection,
    DiscoverySettings discovery) {
  public static final String DEFAULT_NAMESPACE = "integration-operator";

  public OperatorSettings {
    watchNamespaces = Set.copyOf(watchNamespaces);
  }

  /** Settings with default discovery; {@code lease} names the Lease, or is null for none. */
  public OperatorSettings(
      String operatorNamespace, Set<String> watchNamespaces, Duration resyncPeriod, String lease) {
    this(
        operatorNamespace,
        watchNamespaces,
        resyncPeriod,
        lease == null ? null : LeaderElectionSettings.of(lease),
        DiscoverySettings.defaults());
  }

  public static OperatorSettings defaults() {
    return new OperatorSettings(DEFAULT_NAMESPACE, Set.of(), Duration.ofMinutes(10), null);
  }

  public OperatorSettings withResyncPeriod(Duration period) {
    return new OperatorSettings(
        operatorNamespace, watchNamespaces, period, leaderElection, discovery);
  }

  public OperatorSettings withWatchNamespaces(Set<String> namespaces) {
    return new OperatorSettings(
        operatorNamespace, namespaces, resyncPeriod, leaderElection, discovery);
  }

  public OperatorSettings withDiscovery(DiscoverySettings settings) {
    return new OperatorSettings(
        operatorNamespace, watchNamespaces, resyncPeriod, leaderElection, settings);
  }

  public OperatorSettings withLeaderElection(LeaderElectionSettings settings) {
    return new OperatorSettings(
        operatorNamespace, watchNamespaces, resyncPeriod, settings, discovery);
  }

  public boolean watchesAllNamespaces() {
    return watchNamespaces.isEmpty();
  }
}
