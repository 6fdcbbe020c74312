package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the published config follows changes to Secrets, installations and integrations. */
class ChangesIT extends OperatorTestSupport {
  private static final String CREDENTIALS = "OAUTH_CREDENTIALS_REVISION";
  private static final String CONSENT = "OAUTH_CONSENT_REVISION";

  @RegisterExtension final LogCapture logs = new LogCapture();

  @Test
  void rotatingTheClientSecretChangesOnlyTheCredentialsRevision() {
    givenOwnAppPublished();
    ConfigMap before = configMap("zendesk-oauth");

    replaceSecret(TENANT, "own-app", "acme-id", "rotated-secret");

    ConfigMap after = awaitConfigMap("zendesk-oauth", cm -> changed(before, cm, CREDENTIALS));
    assertThat(after.getData().get(CONSENT)).isEqualTo(before.getData().get(CONSENT));
    awaitInstallation(
        "zendesk",
        i -> after.getData().get(CREDENTIALS).equals(i.getStatus().getCredentialsRevision()));
    assertThat(awaitEvent(TENANT, "CredentialsRotated"))
        .singleElement()
        .satisfies(e -> assertThat(e.getType()).isEqualTo("Normal"));
    assertThat(reasons(eventsOf("zendesk"))).doesNotContain("ReauthorizationRequired");
  }

  @Test
  void changingTheScopesAsksExistingConnectionsToAuthorizeAgain() {
    givenOwnAppPublished();
    ConfigMap before = configMap("zendesk-oauth");

    editInstallation(
        "zendesk", i -> i.getSpec().getOauthOverride().setScopes(List.of("read", "tickets:write")));

    ConfigMap after = awaitConfigMap("zendesk-oauth", cm -> changed(before, cm, CONSENT));
    assertThat(after.getData())
        .containsEntry("OAUTH_SCOPES", "read tickets:write")
        .containsEntry(CREDENTIALS, before.getData().get(CREDENTIALS));
    assertThat(awaitEvent(TENANT, "ReauthorizationRequired")).hasSize(1);
    assertThat(reasons(eventsOf("zendesk"))).doesNotContain("CredentialsRotated");
    awaitInstallation("zendesk", i -> i.getStatus().getObservedGeneration() == 2);
  }

  @Test
  void changingAnIntegrationRepublishesItsInstallationsAndNoOthers() {
    givenZendeskWithPlatformApp();
    create(Fixtures.zendeskAs("hubspot"));
    create(Fixtures.installation("helpdesk"));
    create(Fixtures.installationOf("hubspot", "crm"));
    awaitReason("helpdesk", "Published");
    awaitReason("crm", "Published");
    awaitQuiet();
    long crmVisits = logs.reconciliations(TENANT, "crm");
    int crmEvents = eventsOf("crm").size();

    editIntegration(
        "zendesk",
        i -> i.getSpec().getOauth().getScopes().setDefaultScopes(List.of("read", "write")));

    awaitConfigMap("helpdesk-oauth", cm -> "read write".equals(cm.getData().get("OAUTH_SCOPES")));
    awaitInstallation("helpdesk", i -> i.getStatus().getScopes().equals(List.of("read", "write")));
    List<String> writes = awaitQuiet();
    assertThat(writes)
        .anyMatch(w -> w.contains("/configmaps/helpdesk-oauth"))
        .noneMatch(w -> w.contains("/crm"));
    assertThat(configMap("crm-oauth").getData()).containsEntry("OAUTH_SCOPES", "read");
    assertThat(logs.reconciliations(TENANT, "crm")).isEqualTo(crmVisits);
    assertThat(eventsOf("crm")).hasSize(crmEvents);
  }

  private void givenOwnAppPublished() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "own-app", "acme-id", "acme-secret"));
    create(Fixtures.ownApp("zendesk", "own-app"));
    awaitReason("zendesk", "Published");
  }

  private static boolean changed(ConfigMap before, ConfigMap after, String key) {
    return !before.getData().get(key).equals(after.getData().get(key));
  }

  private static List<String> reasons(List<Event> events) {
    return events.stream().map(Event::getReason).toList();
  }
}
