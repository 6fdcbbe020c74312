package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.InstallationStatus;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishingIT extends OperatorTestSupport {

  @Test
  void publishesThePlatformAppForAnInstallationWithoutOverride() {
    givenZendeskWithPlatformApp();
    create(Fixtures.installation("zendesk"));

    awaitReason("zendesk", "Published");
    ConfigMap cm = configMap("zendesk-oauth");
    assertThat(cm.getData())
        .containsEntry("OAUTH_CREDENTIAL_SOURCE", "Default")
        .containsEntry("OAUTH_CLIENT_ID", "platform-id")
        .containsEntry("OAUTH_CLIENT_SECRET_NAMESPACE", OperatorHarness.OPERATOR_NAMESPACE)
        .containsEntry(
            "OAUTH_AUTHORIZATION_ENDPOINT", "https://acme.zendesk.com/oauth/authorizations/new")
        .containsEntry("OAUTH_SCOPES", "read");
    IntegrationInstallation installation = installation("zendesk");
    InstallationStatus status = installation.getStatus();
    assertThat(status.getCredentialSource()).isEqualTo(CredentialSource.Default);
    assertThat(status.getClientId()).isEqualTo("platform-id");
    assertThat(status.getRedirectUri()).isEqualTo(Fixtures.REDIRECT);
    assertThat(status.getScopes()).containsExactly("read");
    assertThat(status.getConfigMapName()).isEqualTo("zendesk-oauth");
    assertRevisionsMatch(status, cm);
    assertOnlyReady(installation);
    assertThat(cm.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getUid()).isEqualTo(installation.getMetadata().getUid()));
    assertThat(cm.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/managed-by", "integration-operator")
        .containsEntry("integration-operator.io/installation", "zendesk")
        .containsEntry("integration-operator.io/integration", "zendesk");
  }

  @Test
  void publishesTheTenantsOwnApp() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "zendesk-oauth-app", "acme-id", "acme-secret"));
    create(Fixtures.ownApp("zendesk", "zendesk-oauth-app"));

    var ready = awaitReason("zendesk", "Published");
    assertThat(ready.getMessage()).contains("acme-id").contains(Fixtures.REDIRECT);
    assertThat(configMap("zendesk-oauth").getData())
        .containsEntry("OAUTH_CREDENTIAL_SOURCE", "Override")
        .containsEntry("OAUTH_CLIENT_SECRET_NAME", "zendesk-oauth-app")
        .containsEntry("OAUTH_CLIENT_SECRET_KEY", "client-secret");
  }

  @Test
  void reportsTheTenantsScopesRedirectAndConfigMapNameInStatus() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "zendesk-oauth-app", "acme-id", "acme-secret"));
    IntegrationInstallation own = Fixtures.ownApp("zendesk", "zendesk-oauth-app");
    own.getSpec().getOauthOverride().setScopes(List.of("read", "tickets:write"));
    own.getSpec().getOauthOverride().setRedirectUri("https://auth.acme.example/callback");
    own.getSpec().setConfigMapName("acme-zendesk");
    create(own);

    awaitReason("zendesk", "Published");
    IntegrationInstallation installation = installation("zendesk");
    InstallationStatus status = installation.getStatus();
    assertThat(status.getCredentialSource()).isEqualTo(CredentialSource.Override);
    assertThat(status.getClientId()).isEqualTo("acme-id");
    assertThat(status.getRedirectUri()).isEqualTo("https://auth.acme.example/callback");
    assertThat(status.getScopes()).containsExactly("read", "tickets:write");
    assertThat(status.getConfigMapName()).isEqualTo("acme-zendesk");
    ConfigMap cm = configMap("acme-zendesk");
    assertThat(cm.getData())
        .containsEntry("OAUTH_SCOPES", "read tickets:write")
        .containsEntry("OAUTH_REDIRECT_URI", "https://auth.acme.example/callback");
    assertRevisionsMatch(status, cm);
    assertOnlyReady(installation);
    assertThat(configMap("zendesk-oauth")).isNull();
  }

  @Test
  void usesThePlatformAppWhenTheOverrideIsDisabled() {
    givenZendeskWithPlatformApp();
    create(Fixtures.secret(TENANT, "zendesk-oauth-app", "acme-id", "acme-secret"));
    IntegrationInstallation own = Fixtures.ownApp("zendesk", "zendesk-oauth-app");
    own.getSpec().getOauthOverride().setEnabled(false);
    own.getSpec().getOauthOverride().setScopes(List.of("write"));
    create(own);

    awaitReason("zendesk", "Published");
    assertThat(installation("zendesk").getStatus().getCredentialSource())
        .isEqualTo(CredentialSource.Default);
    assertThat(configMap("zendesk-oauth").getData())
        .containsEntry("OAUTH_CLIENT_ID", "platform-id")
        .containsEntry("OAUTH_CLIENT_SECRET_NAMESPACE", OperatorHarness.OPERATOR_NAMESPACE)
        .containsEntry("OAUTH_SCOPES", "read");
  }

  @Test
  void publishesWithinSecondsOfTheSecretBeingCreatedAfterTheInstallation() {
    create(Fixtures.zendesk());
    create(Fixtures.ownApp("zendesk", "zendesk-oauth-app"));
    awaitReason("zendesk", "SecretNotFound");

    create(Fixtures.secret(TENANT, "zendesk-oauth-app", "acme-id", "acme-secret"));

    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> "Published".equals(condition("zendesk", "Ready").getReason()));
    assertThat(configMap("zendesk-oauth").getData()).containsEntry("OAUTH_CLIENT_ID", "acme-id");
  }

  @Test
  void publishesOnceTheIntegrationIsCreatedAfterItsInstallation() {
    create(
        Fixtures.secret(
            OperatorHarness.OPERATOR_NAMESPACE, Fixtures.PLATFORM_SECRET, "platform-id", "s"));
    create(Fixtures.installation("zendesk"));
    awaitReason("zendesk", "IntegrationNotFound");

    create(Fixtures.zendesk());

    awaitReason("zendesk", "Published");
    assertThat(configMap("zendesk-oauth").getData())
        .containsEntry("OAUTH_CLIENT_ID", "platform-id");
    assertOnlyReady(installation("zendesk"));
  }

  private static void assertRevisionsMatch(InstallationStatus status, ConfigMap cm) {
    assertThat(status.getCredentialsRevision())
        .isNotBlank()
        .isEqualTo(cm.getData().get("OAUTH_CREDENTIALS_REVISION"));
    assertThat(status.getConsentRevision())
        .isNotBlank()
        .isEqualTo(cm.getData().get("OAUTH_CONSENT_REVISION"));
  }

  /** Published and current: Ready=True for this generation, neither Reconciling nor Stalled. */
  private static void assertOnlyReady(IntegrationInstallation installation) {
    long generation = installation.getMetadata().getGeneration();
    assertThat(installation.getStatus().getObservedGeneration()).isEqualTo(generation);
    assertThat(installation.getStatus().getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getObservedGeneration()).isEqualTo(generation);
              assertThat(c.getLastTransitionTime()).isNotBlank();
            });
  }
}
