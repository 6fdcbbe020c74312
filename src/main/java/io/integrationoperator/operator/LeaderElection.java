package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leader election that tells a lost Lease from a graceful stop. A leader that loses its Lease to
 * another replica must stop reconciling at once, so it runs {@code onLostLease} (in production:
 * exit, to restart as a standby). A leader that is stopping hands the Lease back instead, so that a
 * standby takes over within one retry period rather than after the Lease expires.
 */
final class LeaderElection {
  private static final Logger LOG = LoggerFactory.getLogger(LeaderElection.class);

  private final KubernetesClient client;
  private final String namespace;
  private final LeaderElectionSettings settings;
  private final Runnable onLostLease;
  private final AtomicBoolean stopping = new AtomicBoolean();

  LeaderElection(
      KubernetesClient client,
      String namespace,
      LeaderElectionSettings settings,
      Runnable onLostLease) {
    this.client = client;
    this.namespace = namespace;
    this.settings = settings;
    this.onLostLease = onLostLease;
  }

  /** JOSDK's configuration; JOSDK itself must not exit, since a graceful stop also ends leading. */
  LeaderElectionConfiguration configuration() {
    return new LeaderElectionConfiguration(
        settings.leaseName(),
        namespace,
        settings.leaseDuration(),
        settings.renewDeadline(),
        settings.retryPeriod(),
        settings.identity(),
        new LeaderCallbacks(this::startedLeading, this::stoppedLeading, this::newLeader),
        false);
  }

  /** Marks the stop as graceful; called before the operator stops. */
  void stopping() {
    stopping.set(true);
  }

  private void startedLeading() {
    LOG.info("Leading as {} through Lease {}/{}", settings.identity(), namespace, lease());
  }

  private void newLeader(String identity) {
    LOG.info("Lease {}/{} is held by {}", namespace, lease(), identity);
  }

  private void stoppedLeading() {
    if (stopping.get()) {
      release();
      return;
    }
    LOG.error(
        "Lost Lease {}/{} to another replica; stopping so that only one replica reconciles",
        namespace,
        lease());
    onLostLease.run();
  }

  /** Empties the Lease if this replica still holds it; a conflict means someone else took it. */
  private void release() {
    try {
      Lease current = client.leases().inNamespace(namespace).withName(lease()).get();
      if (current == null
          || current.getSpec() == null
          || !settings.identity().equals(current.getSpec().getHolderIdentity())) {
        return;
      }
      ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
      current.getSpec().setHolderIdentity(null);
      current.getSpec().setLeaseDurationSeconds(1);
      current.getSpec().setAcquireTime(now);
      current.getSpec().setRenewTime(now);
      client.resource(current).update();
      LOG.info("Released Lease {}/{} for a standby to take over", namespace, lease());
    } catch (KubernetesClientException e) {
      LOG.warn(
          "Could not release Lease {}/{} ({}); a standby takes over once it expires",
          namespace,
          lease(),
          e.getMessage());
    }
  }

  private String lease() {
    return settings.leaseName();
  }
}
