package io.integrationoperator.operator;

import io.integrationoperator.api.v1alpha1.InstallationStatus;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.core.EffectiveAuthorization;
import io.integrationoperator.core.PublishedConfig;
import io.integrationoperator.core.Reason;
import java.util.Map;
import java.util.Objects;

/** The Events of an installation: publishes, rotations, consent changes and new errors. */
final class InstallationEvents {
  private final EventRecorder recorder;

  InstallationEvents(EventRecorder recorder) {
    this.recorder = recorder;
  }

  /**
   * Events for a publish that changed the ConfigMap's data. Revisions are compared with what the
   * status says was published last, or else with the ConfigMap's previous data.
   */
  void onPublish(
      IntegrationInstallation installation,
      EffectiveAuthorization authorization,
      PublishedConfigMaps.Result result) {
    var outcome = result.outcome();
    if (outcome != PublishedConfigMaps.Outcome.CREATED
        && outcome != PublishedConfigMaps.Outcome.UPDATED) {
      return;
    }
    String configMap = PublishedConfigMaps.nameOf(installation);
    recorder.normal(
        installation,
        Reason.Published.name(),
        "Published ConfigMap " + configMap + ": " + InstallationStatuses.message(authorization));
    InstallationStatus published = installation.getStatus();
    Map<String, String> before = Objects.requireNonNullElse(result.previousData(), Map.of());
    String consentBefore =
        published != null && published.getConsentRevision() != null
            ? published.getConsentRevision()
            : before.get(PublishedConfig.CONSENT_REVISION);
    String credentialsBefore =
        published != null && published.getCredentialsRevision() != null
            ? published.getCredentialsRevision()
            : before.get(PublishedConfig.CREDENTIALS_REVISION);
    if (consentBefore != null && !consentBefore.equals(authorization.consentRevision())) {
      recorder.warning(
          installation,
          "ReauthorizationRequired",
          "The client ID, scopes, endpoints or redirect URL changed (consent revision "
              + authorization.consentRevision()
              + "): existing connections must authorize again");
    } else if (credentialsBefore != null
        && !credentialsBefore.equals(authorization.credentialsRevision())) {
      recorder.normal(
          installation,
          "CredentialsRotated",
          "The client secret changed (credentials revision "
              + authorization.credentialsRevision()
              + "); existing connections stay valid");
    }
  }

  /** A Warning (or a Normal event while waiting) each time the Ready reason turns to an error. */
  void onTransition(
      IntegrationInstallation installation, InstallationStatus previous, InstallationStatus next) {
    recorder.onReadyTransition(
        installation, previous == null ? null : previous.getConditions(), next.getConditions());
  }
}
