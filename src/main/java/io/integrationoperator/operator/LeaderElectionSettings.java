package io.integrationoperator.operator;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How replicas elect the one that reconciles, through a coordination.k8s.io Lease in the operator's
 * namespace.
 *
 * @param leaseName name of the Lease
 * @param identity this replica's name in the Lease, unique among the replicas
 * @param leaseDuration how long a standby waits after the last renewal before taking over
 * @param renewDeadline how long the leader keeps trying to renew before it gives up leading
 * @param retryPeriod how often replicas try to acquire or renew the Lease
 */
public record LeaderElectionSettings(
    String leaseName,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod) {

  public LeaderElectionSettings {
    Objects.requireNonNull(leaseName, "leaseName");
    Objects.requireNonNull(identity, "identity");
  }

  /**
   * The Lease {@code leaseName} with the usual timings (15 s, 10 s, 2 s), and the pod's name
   * ({@code HOSTNAME}) as identity, or a random one outside a pod.
   */
  public static LeaderElectionSettings of(String leaseName) {
    String hostname = System.getenv("HOSTNAME");
    return new LeaderElectionSettings(
        leaseName,
        hostname == null || hostname.isBlank() ? UUID.randomUUID().toString() : hostname,
        LeaderElectionConfiguration.LEASE_DURATION_DEFAULT_VALUE,
        LeaderElectionConfiguration.RENEW_DEADLINE_DEFAULT_VALUE,
        LeaderElectionConfiguration.RETRY_PERIOD_DEFAULT_VALUE);
  }
}
