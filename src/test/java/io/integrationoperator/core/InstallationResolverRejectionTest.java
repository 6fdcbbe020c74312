package io.integrationoperator.core;

import static io.integrationoperator.core.Fixtures.OPERATOR_NS;
import static io.integrationoperator.core.Fixtures.PLATFORM_APP;
import static io.integrationoperator.core.Fixtures.TENANT_APP;
import static io.integrationoperator.core.Fixtures.TENANT_NS;
import static io.integrationoperator.core.Fixtures.discovered;
import static io.integrationoperator.core.Fixtures.issuerOnly;
import static io.integrationoperator.core.Fixtures.list;
import static io.integrationoperator.core.Fixtures.scenario;
import static io.integrationoperator.core.Rejection.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.integrationoperator.core.Fixtures.Scenario;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Installations the resolver rejects or holds back (DESIGN section 5), each with the field the user
 * must fix. Credentials and connection parameters have their own tables.
 */
class InstallationResolverRejectionTest {
  private static final String SECRET_REF = "spec.oauthOverride.credentialsSecretRef";
  private static final String PLATFORM_REF = "integration.spec.defaultCredentials.secretRef";

  static Stream<Rejection> waiting() {
    return Stream.of(
        rejects(
            "an installation of an integration that does not exist waits for it",
            scenario().withoutIntegration(),
            Reason.IntegrationNotFound,
            "spec.integrationRef.name",
            "zendesk"),
        rejects(
            "an installation of an invalid integration waits for the platform team",
            scenario().oauth(o -> o.setTokenEndpoint("http://{subdomain}.zendesk.com/token")),
            Reason.IntegrationNotReady,
            "spec.integrationRef.name",
            "spec.oauth.tokenEndpoint"),
        rejects(
            "an installation of an issuer-only integration waits for discovery",
            issuerOnly(),
            Reason.IntegrationNotReady,
            "spec.integrationRef.name",
            "discovery"),
        rejects(
            "endpoints discovered for another issuer do not count",
            issuerOnly().discovered(discovered("https://other.example.com", "/auth", "/token")),
            Reason.IntegrationNotReady,
            "spec.integrationRef.name",
            "discovery"),
        rejects(
            "a discovered endpoint that is not https leaves the integration not ready",
            issuerOnly()
                .discovered(
                    discovered(
                        "https://accounts.example.com",
                        "/authorize",
                        "http://accounts.example.com/token")),
            Reason.IntegrationNotReady,
            "spec.integrationRef.name",
            "http://accounts.example.com/token"),
        rejects(
            "a discovered endpoint with a placeholder leaves the integration not ready",
            issuerOnly()
                .discovered(
                    discovered("https://accounts.example.com", "/{tenant}/authorize", "/token")),
            Reason.IntegrationNotReady,
            "spec.integrationRef.name",
            "{tenant}"),
        rejects(
            "a tenant app whose Secret does not exist yet is waited for",
            scenario().withOverride().withoutSecret(TENANT_NS, TENANT_APP),
            Reason.SecretNotFound,
            SECRET_REF + ".name",
            "tenant-acme/zendesk-oauth"),
        rejects(
            "a platform app whose Secret does not exist yet is waited for",
            scenario().withoutSecret(OPERATOR_NS, PLATFORM_APP),
            Reason.SecretNotFound,
            PLATFORM_REF + ".name",
            "integration-operator/zendesk-platform-app"));
  }

  static Stream<Rejection> scopesAndRedirects() {
    return Stream.of(
        rejects(
            "a scope the integration does not list",
            scenario().override(o -> o.setScopes(list("read", "admin"))),
            Reason.ScopeNotAllowed,
            "spec.oauthOverride.scopes[1]",
            "'admin'"),
        rejects(
            "a scope that only contains an allowed pattern further in",
            googleLike()
                .override(
                    o -> o.setScopes(list("https://evil.com/https://www.googleapis.com/auth/x"))),
            Reason.ScopeNotAllowed,
            "spec.oauthOverride.scopes[0]",
            "not allowed"),
        rejects(
            "a default scope the integration no longer allows",
            scenario().scopes(s -> s.setDefaultScopes(list("read", "admin"))),
            Reason.IntegrationNotReady,
            "spec.integrationRef.name",
            "spec.oauth.scopes.default[1]"),
        rejects(
            "a scope with a double quote",
            scenario().override(o -> o.setScopes(list("a\"b"))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[0]",
            "scope token"),
        rejects(
            "a scope with a backslash",
            scenario().override(o -> o.setScopes(list("read", "a\\b"))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[1]",
            "scope token"),
        rejects(
            "a scope with a space",
            scenario().override(o -> o.setScopes(list("tickets read"))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[0]",
            "scope token"),
        rejects(
            "a null scope, which an API server without the CRD's schema lets through",
            scenario().override(o -> o.setScopes(list("read", null))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[1]",
            "1 to 256"),
        rejects(
            "an empty scope",
            scenario().override(o -> o.setScopes(list(""))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[0]",
            "1 to 256"),
        rejects(
            "a scope with a non-ASCII letter",
            scenario().override(o -> o.setScopes(list("r\u00e9ad"))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[0]",
            "\\u00e9"),
        rejects(
            "a scope that contains the comma separator",
            scenario()
                .scopes(s -> s.setSeparator(","))
                .override(o -> o.setScopes(list("read,write"))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[0]",
            "separator"),
        rejects(
            "scopes for a provider that takes none",
            noScopes().override(o -> o.setScopes(list("read"))),
            Reason.InvalidScope,
            "spec.oauthOverride.scopes[0]",
            "takes no scopes"),
        rejects(
            "a plain http redirect to a host that is not loopback",
            redirect("http://connect.example.com/oauth/callback"),
            Reason.InvalidRedirectUri,
            "spec.oauthOverride.redirectUri",
            "https"),
        rejects(
            "a plain http redirect to a host that merely starts with localhost",
            redirect("http://localhost.evil.com/oauth/callback"),
            Reason.InvalidRedirectUri,
            "spec.oauthOverride.redirectUri",
            "https"),
        rejects(
            "a redirect with a fragment",
            redirect("https://connect.example.com/oauth/callback#done"),
            Reason.InvalidRedirectUri,
            "spec.oauthOverride.redirectUri",
            "fragment"),
        rejects(
            "a redirect with user info",
            redirect("https://user@connect.example.com/oauth/callback"),
            Reason.InvalidRedirectUri,
            "spec.oauthOverride.redirectUri",
            "user info"),
        rejects(
            "a relative redirect",
            redirect("/oauth/callback"),
            Reason.InvalidRedirectUri,
            "spec.oauthOverride.redirectUri",
            "absolute"),
        rejects(
            "a redirect to a host the integration does not allow",
            redirect("https://evil.example.org/oauth/callback"),
            Reason.RedirectHostNotAllowed,
            "spec.oauthOverride.redirectUri",
            "evil.example.org"),
        rejects(
            "a redirect to an allowed host name with another domain appended",
            redirect("https://connect.example.com.evil.org/oauth/callback"),
            Reason.RedirectHostNotAllowed,
            "spec.oauthOverride.redirectUri",
            "connect.example.com.evil.org"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"waiting", "scopesAndRedirects"})
  void rejectsWithTheReasonAndTheFieldToFix(Rejection rejection) {
    rejection.verify();
  }

  @Test
  void reportsEveryProblemWithItsField() {
    Scenario scenario =
        scenario()
            .parameters(Map.of())
            .override(o -> o.setScopes(list("read", "admin")))
            .override(o -> o.setRedirectUri("https://evil.example.org/callback"));

    assertThat(scenario.problems())
        .extracting(Problem::reason, Problem::field)
        .containsExactlyInAnyOrder(
            tuple(Reason.MissingConnectionParameter, "spec.connectionParameters.subdomain"),
            tuple(Reason.ScopeNotAllowed, "spec.oauthOverride.scopes[1]"),
            tuple(Reason.RedirectHostNotAllowed, "spec.oauthOverride.redirectUri"));
  }

  @Test
  void reportsEveryMissingKeyAndInvalidScopeTogether() {
    Scenario scenario =
        scenario()
            .withOverride()
            .secret(Fixtures.tenantSecret(Map.of("unrelated", "x")))
            .override(o -> o.setScopes(list("a b")));

    assertThat(scenario.problems())
        .extracting(Problem::reason, Problem::field)
        .containsExactlyInAnyOrder(
            tuple(Reason.SecretKeyMissing, SECRET_REF + ".clientIdKey"),
            tuple(Reason.SecretKeyMissing, SECRET_REF + ".clientSecretKey"),
            tuple(Reason.InvalidScope, "spec.oauthOverride.scopes[0]"));
  }

  private static Scenario googleLike() {
    return scenario()
        .scopes(
            s -> {
              s.setAllowed(null);
              s.setAllowedPatterns(list("https://www.googleapis.com/auth/*"));
              s.setDefaultScopes(null);
            });
  }

  private static Scenario noScopes() {
    return scenario()
        .scopes(
            s -> {
              s.setParameter("");
              s.setAllowed(null);
              s.setDefaultScopes(null);
            });
  }

  private static Scenario redirect(String uri) {
    return scenario().override(o -> o.setRedirectUri(uri));
  }
}
