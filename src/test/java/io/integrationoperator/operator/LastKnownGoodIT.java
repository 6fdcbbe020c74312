package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.InstallationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken change keeps the last valid config, and status moves only as far as the truth. */
class LastKnownGoodIT extends OperatorTestSupport {

  @Test
  void anInstallationTurnedInvalidKeepsItsConfigByteForByte() {
    givenOwnAppPublished();
    ConfigMap good = configMap("zendesk-oauth");
    InstallationStatus published = installation("zendesk").getStatus();

    setScopes("admin");

    awaitReason("zendesk", "ScopeNotAllowed");
    assertThat(condition("zendesk", "Stalled").getStatus()).isEqualTo("True");
    ConfigMap kept = configMap("zendesk-oauth");
    assertThat(kept.getData()).isEqualTo(good.getData());
    assertThat(kept.getMetadata().getResourceVersion())
        .isEqualTo(good.getMetadata().getResourceVersion());
    InstallationStatus status = installation("zendesk").getStatus();
    assertThat(status.getScopes()).isEqualTo(published.getScopes());
    assertThat(status.getConsentRevision()).isEqualTo(published.getConsentRevision());
  }

  @Test
  void deletingTheOwnAppSecretKeepsItsConfigAndNeverFallsBackToThePlatformApp() {
    create(
        Fixtures.secret(
            OperatorHarness.OPERATOR_NAMESPACE, Fixtures.PLATFORM_SECRET, "platform-id", "p"));
    givenOwnAppPublished();
    ConfigMap good = configMap("zendesk-oauth");

    client.secrets().inNamespace(TENANT).withName("own-app").delete();

    Condition ready = awaitReason("zendesk", "SecretNotFound");
    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(condition("zendesk", "Reconciling").getStatus()).isEqualTo("True");
    assertThat(condition("zendesk", "Stalled")).isNull();
    assertThat(configMap("zendesk-oauth").getData())
        .isEqualTo(good.getData())
        .containsEntry("OAUTH_CREDENTIAL_SOURCE", "Override")
        .containsEntry("OAUTH_CLIENT_ID", "acme-id");
    assertThat(installation("zendesk").getStatus().getCredentialSource())
        .isEqualTo(CredentialSource.Override);
  }

  @Test
  void lastTransitionTimeMovesOnlyWhenAConditionFlips() {
    givenOwnAppPublished();
    Instant published = transitionTime("Ready");

    harness.clock.advance(Duration.ofHours(1));
    setScopes("read", "write");
    awaitConfigMap("zendesk-oauth", cm -> "read write".equals(cm.getData().get("OAUTH_SCOPES")));
    assertThat(transitionTime("Ready")).isEqualTo(published);

    harness.clock.advance(Duration.ofHours(1));
    setScopes("admin");
    awaitReason("zendesk", "ScopeNotAllowed");
    Instant stalled = transitionTime("Ready");
    assertThat(stalled).isAfterOrEqualTo(published.plus(Duration.ofHours(2)));
    assertThat(transitionTime("Stalled")).isEqualTo(stalled);

    harness.clock.advance(Duration.ofHours(1));
    setScopes("read", "superuser");
    awaitInstallation("zendesk", i -> i.getStatus().getObservedGeneration() == 4);
    assertThat(condition("zendesk", "Stalled").getMessage()).contains("scopes[1]");
    assertThat(transitionTime("Ready")).isEqualTo(stalled);
    assertThat(transitionTime("Stalled")).isEqualTo(stalled);

    harness.clock.advance(Duration.ofHours(1));
    setScopes("read");
    awaitReason("zendesk", "Published");
    assertThat(transitionTime("Ready")).isAfterOrEqualTo(stalled.plus(Duration.ofHours(1)));
    assertThat(condition("zendesk", "Stalled")).isNull();
  }

  private void givenOwnAppPublished() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "own-app", "acme-id", "acme-secret"));
    create(Fixtures.ownApp("zendesk", "own-app"));
    awaitReason("zendesk", "Published");
  }

  private void setScopes(String... scopes) {
    editInstallation("zendesk", i -> i.getSpec().getOauthOverride().setScopes(List.of(scopes)));
  }

  private Instant transitionTime(String type) {
    return Instant.parse(condition("zendesk", type).getLastTransitionTime());
  }
}
