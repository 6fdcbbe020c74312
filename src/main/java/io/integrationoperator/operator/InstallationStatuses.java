package io.integrationoperator.operator;

import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.InstallationStatus;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.core.EffectiveAuthorization;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import java.time.Clock;
import java.util.List;

/**
 * Builds an installation's next status. The published fields (source, client ID, scopes, ...)
 * always describe what the ConfigMap holds, so a rejected change keeps them from the last publish.
 */
final class InstallationStatuses {
  private final Clock clock;

  InstallationStatuses(Clock clock) {
    this.clock = clock;
  }

  InstallationStatus published(IntegrationInstallation installation, EffectiveAuthorization a) {
    InstallationStatus status = new InstallationStatus();
    status.setCredentialSource(a.credentialSource());
    status.setClientId(a.clientId());
    status.setRedirectUri(a.redirectUri());
    status.setScopes(a.scopes());
    status.setConfigMapName(PublishedConfigMaps.nameOf(installation));
    status.setCredentialsRevision(a.credentialsRevision());
    status.setConsentRevision(a.consentRevision());
    return withVerdict(installation, status, Verdict.ready(Reason.Published, message(a)));
  }

  InstallationStatus rejected(IntegrationInstallation installation, List<Problem> problems) {
    return withVerdict(installation, lastPublished(installation), Verdict.rejected(problems));
  }

  InstallationStatus working(IntegrationInstallation installation, String message) {
    return withVerdict(installation, lastPublished(installation), Verdict.unknown(message));
  }

  private InstallationStatus withVerdict(
      IntegrationInstallation installation, InstallationStatus status, Verdict verdict) {
    long generation = generation(installation);
    InstallationStatus previous = installation.getStatus();
    status.setObservedGeneration(generation);
    status.setConditions(
        StatusConditions.next(
            previous == null ? null : previous.getConditions(), verdict, generation, clock));
    return status;
  }

  private static InstallationStatus lastPublished(IntegrationInstallation installation) {
    InstallationStatus previous = installation.getStatus();
    InstallationStatus status = new InstallationStatus();
    if (previous != null) {
      status.setCredentialSource(previous.getCredentialSource());
      status.setClientId(previous.getClientId());
      status.setRedirectUri(previous.getRedirectUri());
      status.setScopes(previous.getScopes());
      status.setConfigMapName(previous.getConfigMapName());
      status.setCredentialsRevision(previous.getCredentialsRevision());
      status.setConsentRevision(previous.getConsentRevision());
    }
    return status;
  }

  private static long generation(IntegrationInstallation installation) {
    Long generation = installation.getMetadata().getGeneration();
    return generation == null ? 0 : generation;
  }

  static String message(EffectiveAuthorization a) {
    String message =
        a.credentialSource() == CredentialSource.Override
            ? "Using your own OAuth app "
                + a.clientId()
                + "; register "
                + a.redirectUri()
                + " as its redirect URL"
            : "Using the platform's OAuth app for " + a.integration();
    return a.notice() == null ? message : message + ". Note: " + a.notice();
  }
}
