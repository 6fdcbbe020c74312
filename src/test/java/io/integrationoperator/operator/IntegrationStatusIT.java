package io.integrationoperator.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.integrationoperator.api.v1alpha1.Integration;
import org.junit.jupiter.api.Test;

/** An integration's own Ready condition. */
class IntegrationStatusIT extends OperatorTestSupport {

  @Test
  void reportsAValidIntegrationReady() {
    create(Fixtures.zendesk());

    Condition ready = awaitIntegrationReason("zendesk", "Valid");
    assertThat(ready.getStatus()).isEqualTo("True");
    Integration integration = integration("zendesk");
    assertThat(integration.getStatus().getObservedGeneration())
        .isEqualTo(integration.getMetadata().getGeneration());
    assertThat(integration.getStatus().getConditions()).hasSize(1);
  }

  @Test
  void stallsAnInvalidIntegrationNamingEachBadField() {
    Integration invalid = Fixtures.zendesk();
    invalid.getSpec().getOauth().setTokenEndpoint("http://{subdomain}.zendesk.com/oauth/tokens");
    invalid.getSpec().getOauth().setRedirectUri("https://connect.example.com/callback#fragment");
    create(invalid);

    Condition ready = awaitIntegrationReason("zendesk", "InvalidIntegration");
    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getMessage())
        .contains("spec.oauth.tokenEndpoint")
        .contains("spec.oauth.redirectUri");
    assertThat(integrationCondition("zendesk", "Stalled").getStatus()).isEqualTo("True");
    assertThat(integrationCondition("zendesk", "Reconciling")).isNull();
    assertThat(awaitEvent(EventRecorder.CLUSTER_SCOPED_EVENTS, "InvalidIntegration"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo("Warning");
              assertThat(e.getInvolvedObject().getKind()).isEqualTo("Integration");
              assertThat(e.getInvolvedObject().getName()).isEqualTo("zendesk");
              assertThat(e.getInvolvedObject().getNamespace()).isNull();
              assertThat(e.getMessage()).contains("spec.oauth.tokenEndpoint");
            });
  }

  @Test
  void keepsRetryingDiscoveryOfAnIntegrationGivenOnlyAnUnreachableIssuer() {
    Integration oidc = Fixtures.zendesk();
    oidc.getSpec().getOauth().setAuthorizationEndpoint(null);
    oidc.getSpec().getOauth().setTokenEndpoint(null);
    // Nothing listens on port 1 of the loopback address: every fetch is refused at once.
    oidc.getSpec().getOauth().setIssuer("http://127.0.0.1:1");
    oidc.getSpec().setConnectionParameters(null);
    create(oidc);
    create(Fixtures.installationOf("zendesk", "zendesk"));

    Condition ready = awaitIntegrationReason("zendesk", "DiscoveryFailed");
    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getMessage()).contains("spec.oauth.issuer");
    assertThat(integrationCondition("zendesk", "Reconciling").getReason())
        .isEqualTo("DiscoveryFailed");
    assertThat(integrationCondition("zendesk", "Stalled")).isNull();
    awaitReason("zendesk", "IntegrationNotReady");
    assertThat(condition("zendesk", "Reconciling").getStatus()).isEqualTo("True");
  }

  private Integration integration(String name) {
    return client.resources(Integration.class).withName(name).get();
  }

  private Condition integrationCondition(String name, String type) {
    Integration integration = integration(name);
    return integration == null || integration.getStatus() == null
        ? null
        : StatusConditions.find(integration.getStatus().getConditions(), type);
  }

  private Condition awaitIntegrationReason(String name, String reason) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> integrationCondition(name, "Ready"),
            c -> c != null && reason.equals(c.getReason()));
  }
}
