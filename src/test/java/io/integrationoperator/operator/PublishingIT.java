package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import org.junit.jupiter.api.Test;

class PublishingIT extends OperatorTestSupport {

  @Test
  void publishesThePlatformAppForAnInstallationWithoutOverride() {
    create(
        Fixtures.secret(
            OperatorHarness.OPERATOR_NAMESPACE,
            Fixtures.PLATFORM_SECRET,
            "platform-id",
            "platform-secret"));
    create(Fixtures.zendesk());
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
    assertThat(installation.getStatus().getCredentialSource()).isEqualTo(CredentialSource.Default);
    assertThat(installation.getStatus().getObservedGeneration())
        .isEqualTo(installation.getMetadata().getGeneration());
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
}
