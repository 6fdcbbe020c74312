package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Secret change reaches exactly the installations that read that Secret. */
class IndexesIT extends OperatorTestSupport {
  private static final String GLOBEX = "tenant-globex";

  @RegisterExtension final LogCapture logs = new LogCapture();

  @BeforeEach
  void givenInstallationsInTwoTenants() {
    givenZendeskWithPlatformApp();
    Fixtures.createNamespace(client, GLOBEX);
    create(Fixtures.secret(TENANT, "own-app", "acme-id", "acme-secret"));
    create(Fixtures.secret(GLOBEX, "own-app", "globex-id", "globex-secret"));
    create(Fixtures.installation("platform"));
    create(Fixtures.ownApp("own", "own-app"));
    IntegrationInstallation globex = Fixtures.ownApp("own", "own-app");
    globex.getMetadata().setNamespace(GLOBEX);
    create(globex);
    awaitReason("platform", "Published");
    awaitReason("own", "Published");
    awaitClientId(GLOBEX, "globex-id");
    awaitQuiet();
  }

  @Test
  void aSecretChangeInOneTenantReachesOnlyTheInstallationThatReferencesIt() {
    Map<String, Long> before = acmeVisits();

    replaceSecret(GLOBEX, "own-app", "globex-id-2", "globex-secret");

    awaitClientId(GLOBEX, "globex-id-2");
    List<String> writes = awaitQuiet();
    assertThat(acmeVisits()).isEqualTo(before);
    assertThat(writes)
        .anyMatch(w -> w.contains("/namespaces/" + GLOBEX + "/configmaps/own-oauth"))
        .noneMatch(w -> w.contains("/namespaces/" + TENANT + "/"));
  }

  @Test
  void aSecretNoInstallationReferencesReconcilesNothing() {
    Map<String, Long> before = acmeVisits();
    create(Fixtures.secret(TENANT, "helm-release", Map.of("release", "big")));
    replaceSecret(TENANT, "helm-release", "x", "y");

    // Secret events arrive in order: once this change is handled, the ones above were too.
    replaceSecret(GLOBEX, "own-app", "globex-id-2", "globex-secret");
    awaitClientId(GLOBEX, "globex-id-2");
    awaitQuiet();

    assertThat(acmeVisits()).isEqualTo(before);
  }

  @Test
  void aPlatformAppChangeReachesOnlyTheInstallationsUsingIt() {
    Map<String, Long> before = acmeVisits();
    long globexBefore = logs.reconciliations(GLOBEX, "own");

    replaceSecret(OperatorHarness.OPERATOR_NAMESPACE, Fixtures.PLATFORM_SECRET, "platform-2", "s");

    awaitConfigMap(
        "platform-oauth", cm -> "platform-2".equals(cm.getData().get("OAUTH_CLIENT_ID")));
    awaitQuiet();
    assertThat(logs.reconciliations(TENANT, "own")).isEqualTo(before.get("own"));
    assertThat(logs.reconciliations(GLOBEX, "own")).isEqualTo(globexBefore);
  }

  private Map<String, Long> acmeVisits() {
    return Map.of(
        "platform", logs.reconciliations(TENANT, "platform"),
        "own", logs.reconciliations(TENANT, "own"));
  }

  private void awaitClientId(String namespace, String clientId) {
    await()
        .atMost(PATIENCE)
        .until(
            () -> installation(namespace, "own"),
            i ->
                i != null && i.getStatus() != null && clientId.equals(i.getStatus().getClientId()));
  }
}
