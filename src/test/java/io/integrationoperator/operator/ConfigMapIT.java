package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published ConfigMap is the operator's: repaired when touched, and only ever its own. */
class ConfigMapIT extends OperatorTestSupport {

  @Test
  void recreatesAConfigMapDeletedByHand() {
    ConfigMap published = givenPublished();

    client.configMaps().inNamespace(TENANT).withName("zendesk-oauth").delete();

    ConfigMap recreated = awaitConfigMap("zendesk-oauth", cm -> !uid(cm).equals(uid(published)));
    assertThat(recreated.getData()).isEqualTo(published.getData());
    assertThat(recreated.getMetadata().getOwnerReferences())
        .isEqualTo(published.getMetadata().getOwnerReferences());
  }

  @Test
  void repairsHandEditedDataButKeepsALabelSomeoneAdded() {
    ConfigMap published = givenPublished();

    client
        .configMaps()
        .inNamespace(TENANT)
        .withName("zendesk-oauth")
        .edit(
            cm -> {
              cm.getData().put("OAUTH_CLIENT_ID", "someone-elses-app");
              cm.getData().put("EXTRA", "added by hand");
              cm.getMetadata().getLabels().put("team", "payments");
              return cm;
            });

    ConfigMap repaired =
        awaitConfigMap("zendesk-oauth", cm -> cm.getData().equals(published.getData()));
    assertThat(repaired.getMetadata().getLabels())
        .containsAllEntriesOf(published.getMetadata().getLabels())
        .containsEntry("team", "payments");
  }

  @Test
  void leavesAForeignConfigMapOfTheSameNameUntouched() {
    ConfigMap foreign =
        create(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("zendesk-oauth")
                .withNamespace(TENANT)
                .endMetadata()
                .withData(Map.of("owner", "another tool"))
                .build());
    givenZendeskWithPlatformApp();
    create(Fixtures.installation("zendesk"));

    awaitReason("zendesk", "ConfigMapConflict");
    assertThat(condition("zendesk", "Stalled").getStatus()).isEqualTo("True");
    assertThat(awaitQuiet())
        .filteredOn(w -> w.contains("/configmaps"))
        .containsExactly("POST /api/v1/namespaces/" + TENANT + "/configmaps");
    ConfigMap after = configMap("zendesk-oauth");
    assertThat(after.getData()).isEqualTo(Map.of("owner", "another tool"));
    assertThat(after.getMetadata().getResourceVersion())
        .isEqualTo(foreign.getMetadata().getResourceVersion());
    assertThat(after.getMetadata().getOwnerReferences()).isNullOrEmpty();
    assertThat(after.getMetadata().getLabels()).isNullOrEmpty();
  }

  @Test
  void reportsAConflictAtOnceWhenSomeoneRemovesTheOwnerReference() {
    givenPublished();

    client
        .configMaps()
        .inNamespace(TENANT)
        .withName("zendesk-oauth")
        .edit(
            cm -> {
              cm.getMetadata().setOwnerReferences(null);
              cm.getData().put("OAUTH_SCOPES", "admin");
              return cm;
            });

    awaitReason("zendesk", "ConfigMapConflict");
    assertThat(configMap("zendesk-oauth").getData()).containsEntry("OAUTH_SCOPES", "admin");
  }

  @Test
  void takesOverAConfigMapLeftByAnEarlierInstallationOfTheSameName() {
    create(
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("zendesk-oauth")
            .withNamespace(TENANT)
            .withLabels(Map.of("app.kubernetes.io/managed-by", "integration-operator"))
            .addNewOwnerReference()
            .withApiVersion("integration-operator.io/v1alpha1")
            .withKind("IntegrationInstallation")
            .withName("zendesk")
            .withUid("uid-of-a-deleted-installation")
            .withController(true)
            .endOwnerReference()
            .endMetadata()
            .withData(Map.of("OAUTH_CLIENT_ID", "stale"))
            .build());

    ConfigMap published = givenPublished();

    assertThat(published.getMetadata().getOwnerReferences())
        .singleElement()
        .extracting(o -> o.getUid())
        .isEqualTo(installation(TENANT, "zendesk").getMetadata().getUid());
    assertThat(published.getData()).containsEntry("OAUTH_CLIENT_ID", "platform-id");
  }

  private ConfigMap givenPublished() {
    givenZendeskWithPlatformApp();
    create(Fixtures.installation("zendesk"));
    awaitReason("zendesk", "Published");
    return configMap("zendesk-oauth");
  }

  private static String uid(ConfigMap cm) {
    return cm.getMetadata().getUid();
  }
}
