package io.integrationoperator.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenID Connect discovery against a provider on the loopback address. */
class DiscoveryIT extends OperatorTestSupport {
  private FakeProvider provider;

  @Override
  OperatorSettings settings() {
    return OperatorSettings.defaults()
        .withDiscovery(
            new DiscoverySettings(
                Duration.ofMillis(500),
                Duration.ofSeconds(2),
                Duration.ofMillis(200),
                Duration.ofSeconds(1)));
  }

  @BeforeEach
  void startProvider() throws Exception {
    provider = new FakeProvider();
  }

  @AfterEach
  void stopProvider() {
    provider.close();
  }

  private Integration oidcIntegration() {
    Integration integration = Fixtures.zendesk();
    integration.getSpec().getOauth().setAuthorizationEndpoint(null);
    integration.getSpec().getOauth().setTokenEndpoint(null);
    integration.getSpec().getOauth().setIssuer(provider.issuer());
    integration.getSpec().setConnectionParameters(null);
    return integration;
  }

  private IntegrationStatus integrationStatus() {
    Integration integration = client.resources(Integration.class).withName("zendesk").get();
    return integration == null ? null : integration.getStatus();
  }

  private Condition awaitIntegrationReason(String reason) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              IntegrationStatus status = integrationStatus();
              return status == null ? null : StatusConditions.find(status.getConditions(), "Ready");
            },
            c -> c != null && reason.equals(c.getReason()));
  }

  @Test
  void discoveredEndpointsReachThePublishedConfigMap() {
    create(
        Fixtures.secret(
            OperatorHarness.OPERATOR_NAMESPACE, Fixtures.PLATFORM_SECRET, "platform-id", "s"));
    create(oidcIntegration());
    var installation = Fixtures.installation("zendesk");
    installation.getSpec().setConnectionParameters(null);
    create(installation);

    awaitIntegrationReason("Valid");
    assertThat(integrationStatus().getDiscovered().getTokenEndpoint())
        .isEqualTo(provider.issuer() + "/token");
    awaitReason("zendesk", "Published");
    assertThat(configMap("zendesk-oauth").getData())
        .containsEntry("OAUTH_AUTHORIZATION_ENDPOINT", provider.issuer() + "/auth")
        .containsEntry("OAUTH_TOKEN_ENDPOINT", provider.issuer() + "/token");
  }

  @Test
  void saysDiscoveryIsPendingBeforeTheFirstFetchEnds() {
    provider.answer(FakeProvider.Answer.SLOW);
    List<String> reasons = new CopyOnWriteArrayList<>();
    try (Watch watch =
        client
            .resources(Integration.class)
            .withName("zendesk")
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, Integration integration) {
                    Condition ready =
                        integration.getStatus() == null
                            ? null
                            : StatusConditions.find(
                                integration.getStatus().getConditions(), "Ready");
                    if (ready != null
                        && (reasons.isEmpty()
                            || !reasons.get(reasons.size() - 1).equals(ready.getReason()))) {
                      reasons.add(ready.getReason());
                    }
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                })) {
      create(oidcIntegration());

      // The slow answer outlasts the read timeout, so the first fetch fails.
      await().atMost(Duration.ofSeconds(20)).until(() -> reasons.contains("DiscoveryFailed"));
    }
    assertThat(reasons).startsWith("DiscoveryPending", "DiscoveryFailed");
  }

  @Test
  void anIssuerMismatchKeepsTheIntegrationAndItsInstallationsWaiting() {
    provider.answer(FakeProvider.Answer.WRONG_ISSUER);
    create(oidcIntegration());
    var installation = Fixtures.installation("zendesk");
    installation.getSpec().setConnectionParameters(null);
    create(installation);

    Condition ready = awaitIntegrationReason("DiscoveryFailed");
    assertThat(ready.getMessage()).contains("differs from the configured issuer");
    assertThat(integrationStatus().getDiscovered()).isNull();
    awaitReason("zendesk", "IntegrationNotReady");
    assertThat(condition("zendesk", "Reconciling").getStatus()).isEqualTo("True");
  }

  @Test
  void recoversWhenTheProviderComesBack() {
    provider.answer(FakeProvider.Answer.SERVER_ERROR);
    create(oidcIntegration());
    awaitIntegrationReason("DiscoveryFailed");
    int failedAttempts = provider.requests();

    provider.answer(FakeProvider.Answer.VALID);

    awaitIntegrationReason("Valid");
    assertThat(provider.requests()).isGreaterThan(failedAttempts);
  }

  @Test
  void aFailedRefreshKeepsTheLastGoodMetadata() {
    create(oidcIntegration());
    awaitIntegrationReason("Valid");
    String refreshed = integrationStatus().getDiscovered().getLastRefreshTime();

    provider.answer(FakeProvider.Answer.MALFORMED);
    int before = provider.requests();
    await().atMost(Duration.ofSeconds(20)).until(() -> provider.requests() >= before + 2);

    assertThat(integrationStatus().getDiscovered().getLastRefreshTime()).isEqualTo(refreshed);
    assertThat(StatusConditions.find(integrationStatus().getConditions(), "Ready").getReason())
        .isEqualTo("Valid");
  }
}
