package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reason an installation is not Ready, reached through the running operator. */
class RejectionIT extends OperatorTestSupport {
  private static final String OWN_APP = "own-app";

  /**
   * One way to get an installation wrong.
   *
   * @param condition Stalled when only the user can fix it, Reconciling when it may still come
   * @param field the field path the messages must name
   */
  record Case(
      String description,
      String reason,
      String condition,
      String field,
      Consumer<Integration> integration,
      Consumer<IntegrationInstallation> installation,
      List<HasMetadata> extra) {
    @Override
    public String toString() {
      return description + " is " + condition + " with " + reason;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        waiting(
            "an installation of an unknown integration",
            "IntegrationNotFound",
            "spec.integrationRef.name",
            i -> i.getSpec().getIntegrationRef().setName("hubspot")),
        new Case(
            "an installation of an invalid integration",
            "IntegrationNotReady",
            "Reconciling",
            "spec.integrationRef.name",
            i -> i.getSpec().getOauth().setTokenEndpoint("http://{subdomain}.zendesk.com/token"),
            i -> {},
            List.of()),
        waiting(
            "an own app whose Secret does not exist",
            "SecretNotFound",
            "spec.oauthOverride.credentialsSecretRef.name",
            i -> ownApp(i, "missing-app")),
        stalled(
            "an own app whose Secret lacks the secret key",
            "SecretKeyMissing",
            "spec.oauthOverride.credentialsSecretRef.clientSecretKey",
            i -> ownApp(i, OWN_APP).getCredentialsSecretRef().setClientSecretKey("secret")),
        new Case(
            "an own app whose secret ends with a newline",
            "InvalidCredentials",
            "Stalled",
            "spec.oauthOverride.credentialsSecretRef.clientSecretKey",
            i -> {},
            i -> ownApp(i, "newline-app"),
            List.of(Fixtures.secret(TENANT, "newline-app", "acme-id", "s3cret\n"))),
        new Case(
            "an own app where the integration forbids them",
            "OverrideNotAllowed",
            "Stalled",
            "spec.oauthOverride",
            i -> i.getSpec().getOverride().setAllowed(false),
            i -> ownApp(i, OWN_APP),
            List.of()),
        new Case(
            "the platform's app where the integration has none",
            "CredentialsRequired",
            "Stalled",
            "spec.oauthOverride",
            i -> i.getSpec().setDefaultCredentials(null),
            i -> {},
            List.of()),
        stalled(
            "a scope the integration does not allow",
            "ScopeNotAllowed",
            "spec.oauthOverride.scopes[1]",
            i -> ownApp(i, OWN_APP).setScopes(List.of("read", "admin"))),
        stalled(
            "a scope that is not a scope token",
            "InvalidScope",
            "spec.oauthOverride.scopes[0]",
            i -> ownApp(i, OWN_APP).setScopes(List.of("tickets\"read"))),
        stalled(
            "a redirect URI with a fragment",
            "InvalidRedirectUri",
            "spec.oauthOverride.redirectUri",
            i -> ownApp(i, OWN_APP).setRedirectUri("https://auth.acme.example/callback#x")),
        stalled(
            "a redirect URI on a host the integration does not allow",
            "RedirectHostNotAllowed",
            "spec.oauthOverride.redirectUri",
            i -> ownApp(i, OWN_APP).setRedirectUri("https://evil.example/callback")),
        stalled(
            "an installation without its required subdomain",
            "MissingConnectionParameter",
            "spec.connectionParameters.subdomain",
            i -> i.getSpec().setConnectionParameters(Map.of())),
        stalled(
            "a subdomain that does not match its pattern",
            "InvalidConnectionParameter",
            "spec.connectionParameters.subdomain",
            i -> i.getSpec().setConnectionParameters(Map.of("subdomain", "acme.evil.example"))),
        stalled(
            "a connection parameter the integration does not declare",
            "InvalidConnectionParameter",
            "spec.connectionParameters.region",
            i -> i.getSpec().setConnectionParameters(Map.of("subdomain", "acme", "region", "eu"))),
        new Case(
            "an installation whose ConfigMap name is taken",
            "ConfigMapConflict",
            "Stalled",
            "spec.configMapName",
            i -> {},
            i -> {},
            List.of(
                new ConfigMapBuilder()
                    .withNewMetadata()
                    .withName("zendesk-oauth")
                    .withNamespace(TENANT)
                    .endMetadata()
                    .withData(Map.of("owner", "someone else"))
                    .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsWhatIsWrongInReadyAndExactlyOneOfStalledOrReconciling(Case c) {
    Integration integration = Fixtures.zendesk();
    c.integration().accept(integration);
    create(
        Fixtures.secret(
            OperatorHarness.OPERATOR_NAMESPACE, Fixtures.PLATFORM_SECRET, "platform-id", "s"));
    create(Fixtures.secret(TENANT, OWN_APP, "acme-id", "acme-secret"));
    create(integration);
    c.extra().forEach(this::create);
    IntegrationInstallation installation = Fixtures.installation("zendesk");
    c.installation().accept(installation);
    create(installation);

    Condition ready = awaitReason("zendesk", c.reason());
    long generation = installation("zendesk").getMetadata().getGeneration();
    assertThat(installation("zendesk").getStatus().getObservedGeneration()).isEqualTo(generation);
    assertCondition(ready, "False", c, generation);
    assertCondition(condition("zendesk", c.condition()), "True", c, generation);
    String other = c.condition().equals("Stalled") ? "Reconciling" : "Stalled";
    assertThat(condition("zendesk", other)).isNull();
    if (c.reason().equals("InvalidCredentials")) {
      assertThat(ready.getMessage()).contains("newline");
    }
    if (!c.reason().equals("ConfigMapConflict")) {
      assertThat(configMap("zendesk-oauth")).isNull();
    }
  }

  private static void assertCondition(Condition condition, String status, Case c, long gen) {
    assertThat(condition).isNotNull();
    assertThat(condition.getStatus()).isEqualTo(status);
    assertThat(condition.getReason()).isEqualTo(c.reason());
    assertThat(condition.getMessage()).contains(c.field());
    assertThat(condition.getObservedGeneration()).isEqualTo(gen);
  }

  private static Case waiting(
      String description, String reason, String field, Consumer<IntegrationInstallation> i) {
    return new Case(description, reason, "Reconciling", field, x -> {}, i, List.of());
  }

  private static Case stalled(
      String description, String reason, String field, Consumer<IntegrationInstallation> i) {
    return new Case(description, reason, "Stalled", field, x -> {}, i, List.of());
  }

  private static OAuthOverrideSpec ownApp(IntegrationInstallation installation, String secret) {
    installation
        .getSpec()
        .setOauthOverride(Fixtures.ownApp("x", secret).getSpec().getOauthOverride());
    return installation.getSpec().getOauthOverride();
  }
}
