package io.integrationoperator.core;

import static io.integrationoperator.core.Fixtures.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.DefaultCredentialsSpec;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntegrationValidatorTest {

  record Case(String name, Consumer<IntegrationSpec> change, String field, String hint) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> invalidIntegrations() {
    return Stream.of(
        new Case(
            "an endpoint placeholder that no connection parameter declares",
            i -> i.getOauth().setTokenEndpoint("https://{region}.zendesk.com/oauth/tokens"),
            "spec.oauth.tokenEndpoint",
            "{region}"),
        new Case(
            "a plain http authorization endpoint",
            i -> i.getOauth().setAuthorizationEndpoint("http://{subdomain}.zendesk.com/auth"),
            "spec.oauth.authorizationEndpoint",
            "https"),
        new Case(
            "an endpoint with user info",
            i -> i.getOauth().setTokenEndpoint("https://me@{subdomain}.zendesk.com/token"),
            "spec.oauth.tokenEndpoint",
            "user info"),
        new Case(
            "an endpoint with a fragment",
            i -> i.getOauth().setTokenEndpoint("https://{subdomain}.zendesk.com/token#x"),
            "spec.oauth.tokenEndpoint",
            "fragment"),
        new Case(
            "a placeholder that is the whole host",
            i -> i.getOauth().setTokenEndpoint("https://{subdomain}/oauth/tokens"),
            "spec.oauth.tokenEndpoint",
            "cannot choose the host"),
        new Case(
            "a placeholder followed by a top-level domain only",
            i -> i.getOauth().setAuthorizationEndpoint("https://{subdomain}.com/auth"),
            "spec.oauth.authorizationEndpoint",
            "provider's domain"),
        new Case(
            "a placeholder in the port",
            i -> i.getOauth().setTokenEndpoint("https://{subdomain}.zendesk.com:{subdomain}/t"),
            "spec.oauth.tokenEndpoint",
            "port"),
        new Case(
            "neither both endpoints nor an issuer",
            i -> i.getOauth().setTokenEndpoint(null),
            "spec.oauth",
            "issuer"),
        new Case(
            "an issuer that is not https",
            i -> i.getOauth().setIssuer("http://accounts.example.com"),
            "spec.oauth.issuer",
            "https"),
        new Case(
            "an issuer with a query",
            i -> i.getOauth().setIssuer("https://accounts.example.com?tenant=acme"),
            "spec.oauth.issuer",
            "query"),
        new Case(
            "an issuer with a placeholder",
            i -> i.getOauth().setIssuer("https://accounts.example.com/{subdomain}"),
            "spec.oauth.issuer",
            "placeholders"),
        new Case(
            "a redirect URI over plain http to a public host",
            i -> i.getOauth().setRedirectUri("http://connect.example.com/oauth/callback"),
            "spec.oauth.redirectUri",
            "https"),
        new Case(
            "no redirect URI",
            i -> i.getOauth().setRedirectUri(null),
            "spec.oauth.redirectUri",
            "is required"),
        new Case(
            "a semicolon as the scope separator",
            i -> i.getOauth().getScopes().setSeparator(";"),
            "spec.oauth.scopes.separator",
            "\" \" or \",\""),
        new Case(
            "a default scope that is not allowed",
            i -> i.getOauth().getScopes().setDefaultScopes(list("read", "admin")),
            "spec.oauth.scopes.default[1]",
            "'admin'"),
        new Case(
            "a required scope that is not allowed",
            i -> i.getOauth().getScopes().setRequired(list("admin")),
            "spec.oauth.scopes.required[0]",
            "'admin'"),
        new Case(
            "an allowed scope that is not a scope token",
            i -> i.getOauth().getScopes().getAllowed().add("bad scope"),
            "spec.oauth.scopes.allowed[4]",
            "scope token"),
        new Case(
            "default scopes for a provider that takes none",
            i -> i.getOauth().getScopes().setParameter(""),
            "spec.oauth.scopes.default",
            "must be empty"),
        new Case(
            "an empty allowed pattern",
            i -> i.getOauth().getScopes().setAllowedPatterns(list("")),
            "spec.oauth.scopes.allowedPatterns[0]",
            "1 to 256"),
        new Case(
            "client_id among the authorization params",
            i -> i.getOauth().setAuthorizationParams(Map.of("client_id", "x")),
            "spec.oauth.authorizationParams.client_id",
            "remove it"),
        new Case(
            "state among the authorization params",
            i -> i.getOauth().setAuthorizationParams(Map.of("state", "x")),
            "spec.oauth.authorizationParams.state",
            "remove it"),
        new Case(
            "the scope parameter among the authorization params",
            i -> i.getOauth().setAuthorizationParams(Map.of("scope", "admin")),
            "spec.oauth.authorizationParams.scope",
            "remove it"),
        new Case(
            "a custom scope parameter among the authorization params",
            i -> {
              i.getOauth().getScopes().setParameter("user_scope");
              i.getOauth().setAuthorizationParams(Map.of("user_scope", "admin"));
            },
            "spec.oauth.authorizationParams.user_scope",
            "remove it"),
        new Case(
            "a connection parameter pattern that is not a regular expression",
            i -> i.getConnectionParameters().get(0).setPattern("^[a-z"),
            "spec.connectionParameters[0].pattern",
            "regular expression"),
        new Case(
            "a connection parameter name that cannot be a placeholder",
            i -> i.getConnectionParameters().add(parameter("1st")),
            "spec.connectionParameters[1].name",
            "letter"),
        new Case(
            "a connection parameter declared twice",
            i -> i.getConnectionParameters().add(parameter("subdomain")),
            "spec.connectionParameters[1].name",
            "twice"),
        new Case(
            "an allowed redirect host given as a URL",
            i -> i.getOverride().setAllowedRedirectHosts(list("https://connect.example.com")),
            "spec.override.allowedRedirectHosts[0]",
            "host name"),
        new Case(
            "an allowed redirect host in upper case",
            i ->
                i.getOverride()
                    .setAllowedRedirectHosts(list("connect.example.com", "Connect.Example.com")),
            "spec.override.allowedRedirectHosts[1]",
            "lower-case"),
        new Case(
            "an allowed redirect host with a path",
            i -> i.getOverride().setAllowedRedirectHosts(list("connect.example.com/cb")),
            "spec.override.allowedRedirectHosts[0]",
            "host name"),
        new Case(
            "platform credentials without a Secret",
            i -> i.setDefaultCredentials(new DefaultCredentialsSpec()),
            "spec.defaultCredentials.secretRef",
            "is required"),
        new Case(
            "a null connection parameter",
            i -> i.getConnectionParameters().add(null),
            "spec.connectionParameters[1]",
            "is empty"),
        new Case(
            "a null allowed pattern",
            i -> i.getOauth().getScopes().setAllowedPatterns(list((String) null)),
            "spec.oauth.scopes.allowedPatterns[0]",
            "1 to 256"),
        new Case(
            "a null allowed redirect host",
            i -> i.getOverride().setAllowedRedirectHosts(list((String) null)),
            "spec.override.allowedRedirectHosts[0]",
            "host name"),
        new Case("no oauth block", i -> i.setOauth(null), "spec.oauth", "is required"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidIntegrations")
  void rejectsWithTheFieldToFix(Case c) {
    IntegrationSpec spec = Fixtures.zendesk();
    c.change().accept(spec);

    assertThat(IntegrationValidator.validate(spec))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.reason()).isEqualTo(Reason.InvalidIntegration))
        .allSatisfy(p -> assertThat(p.field()).isEqualTo(c.field()))
        .anySatisfy(p -> assertThat(p.message()).contains(c.hint()));
  }

  @Test
  void acceptsTheZendeskEntry() {
    assertThat(IntegrationValidator.validate(Fixtures.zendesk())).isEmpty();
  }

  @Test
  void acceptsAnIssuerWithoutEndpoints() {
    IntegrationSpec spec = Fixtures.zendesk();
    spec.setConnectionParameters(null);
    spec.getOauth().setAuthorizationEndpoint(null);
    spec.getOauth().setTokenEndpoint(null);
    spec.getOauth().setIssuer("https://accounts.example.com");

    assertThat(IntegrationValidator.validate(spec)).isEmpty();
  }

  @Test
  void acceptsALoopbackRedirectForTheIntegration() {
    IntegrationSpec spec = Fixtures.zendesk();
    spec.getOauth().setRedirectUri("http://127.0.0.1:8080/callback");

    assertThat(IntegrationValidator.validate(spec)).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsField() {
    IntegrationSpec spec = Fixtures.zendesk();
    spec.getOauth().setAuthorizationEndpoint("http://{tenant}.zendesk.com/auth");
    spec.getOauth().setAuthorizationParams(Map.of("redirect_uri", "x"));
    spec.getOverride().setAllowedRedirectHosts(list("*.example.com"));

    assertThat(IntegrationValidator.validate(spec))
        .extracting(Problem::reason, Problem::field)
        .containsExactlyInAnyOrder(
            tuple(Reason.InvalidIntegration, "spec.oauth.authorizationEndpoint"),
            tuple(Reason.InvalidIntegration, "spec.oauth.authorizationEndpoint"),
            tuple(Reason.InvalidIntegration, "spec.oauth.authorizationParams.redirect_uri"),
            tuple(Reason.InvalidIntegration, "spec.override.allowedRedirectHosts[0]"));
  }

  private static ConnectionParameterSpec parameter(String name) {
    ConnectionParameterSpec parameter = new ConnectionParameterSpec();
    parameter.setName(name);
    return parameter;
  }
}
