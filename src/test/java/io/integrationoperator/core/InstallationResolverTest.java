package io.integrationoperator.core;

import static io.integrationoperator.core.Fixtures.CALLBACK;
import static io.integrationoperator.core.Fixtures.OPERATOR_NS;
import static io.integrationoperator.core.Fixtures.PLATFORM_APP;
import static io.integrationoperator.core.Fixtures.PLATFORM_CLIENT_ID;
import static io.integrationoperator.core.Fixtures.TENANT_APP;
import static io.integrationoperator.core.Fixtures.TENANT_CLIENT_ID;
import static io.integrationoperator.core.Fixtures.TENANT_NS;
import static io.integrationoperator.core.Fixtures.discovered;
import static io.integrationoperator.core.Fixtures.issuerOnly;
import static io.integrationoperator.core.Fixtures.list;
import static io.integrationoperator.core.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.PkceMode;
import io.integrationoperator.api.v1alpha1.TokenEndpointAuthMethod;
import io.integrationoperator.core.Fixtures.Scenario;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallationResolverTest {

  @Test
  void resolvesThePlatformAppWhenThereIsNoOverride() {
    EffectiveAuthorization a = scenario().resolved();

    assertThat(a.integration()).isEqualTo("zendesk");
    assertThat(a.credentialSource()).isEqualTo(CredentialSource.Default);
    assertThat(a.clientId()).isEqualTo(PLATFORM_CLIENT_ID);
    assertThat(a.clientSecretRef())
        .isEqualTo(new SecretRef(OPERATOR_NS, PLATFORM_APP, "client-secret"));
    assertThat(a.scopes()).containsExactly("read");
    assertThat(a.redirectUri()).isEqualTo(CALLBACK);
    assertThat(a.tokenEndpointAuthMethod()).isEqualTo("client_secret_post");
    assertThat(a.pkce()).isEqualTo("Supported");
    assertThat(a.notice()).isNull();
  }

  @Test
  void resolvesTheTenantAppOfAnOverride() {
    EffectiveAuthorization a =
        scenario()
            .override(o -> o.setScopes(list("read", "tickets:write")))
            .override(o -> o.setRedirectUri("https://connect.example.com/tenants/acme/callback"))
            .resolved();

    assertThat(a.credentialSource()).isEqualTo(CredentialSource.Override);
    assertThat(a.clientId()).isEqualTo(TENANT_CLIENT_ID);
    assertThat(a.clientSecretRef())
        .isEqualTo(new SecretRef(TENANT_NS, TENANT_APP, "client-secret"));
    assertThat(a.scopes()).containsExactly("read", "tickets:write");
    assertThat(a.redirectUri()).isEqualTo("https://connect.example.com/tenants/acme/callback");
  }

  @Test
  void anOverrideWithoutScopesOrRedirectUsesTheIntegrationDefaults() {
    EffectiveAuthorization a = scenario().withOverride().resolved();

    assertThat(a.credentialSource()).isEqualTo(CredentialSource.Override);
    assertThat(a.scopes()).containsExactly("read");
    assertThat(a.redirectUri()).isEqualTo(CALLBACK);
  }

  @Test
  void readsTheClientIdInlineAndOnlyTheSecretFromTheSecret() {
    EffectiveAuthorization a =
        scenario()
            .override(o -> o.setClientId("inline-client"))
            .secret(Fixtures.secret(TENANT_NS, TENANT_APP, "uid", Map.of("client-secret", "s")))
            .resolved();

    assertThat(a.clientId()).isEqualTo("inline-client");
  }

  @Test
  void readsCustomKeysOfTheSecret() {
    EffectiveAuthorization a =
        scenario()
            .override(o -> o.getCredentialsSecretRef().setClientIdKey("id"))
            .override(o -> o.getCredentialsSecretRef().setClientSecretKey("secret"))
            .secret(
                Fixtures.secret(
                    TENANT_NS, TENANT_APP, "uid", Map.of("id", "custom-client", "secret", "s")))
            .resolved();

    assertThat(a.clientId()).isEqualTo("custom-client");
    assertThat(a.clientSecretRef().key()).isEqualTo("secret");
  }

  @Test
  void aDisabledOverrideUsesThePlatformAppAndIgnoresItsScopesAndRedirect() {
    EffectiveAuthorization a =
        scenario()
            .override(o -> o.setEnabled(false))
            .override(o -> o.setScopes(list("admin", "not\"a token")))
            .override(o -> o.setRedirectUri("http://evil.example.org/#x"))
            .withoutSecret(TENANT_NS, TENANT_APP)
            .resolved();

    assertThat(a.credentialSource()).isEqualTo(CredentialSource.Default);
    assertThat(a.clientId()).isEqualTo(PLATFORM_CLIENT_ID);
    assertThat(a.scopes()).containsExactly("read");
    assertThat(a.redirectUri()).isEqualTo(CALLBACK);
  }

  @Test
  void aDisabledOverrideIsAllowedWhereTenantAppsAreForbidden() {
    EffectiveAuthorization a =
        scenario()
            .integration(i -> i.getOverride().setAllowed(false))
            .override(o -> o.setEnabled(false))
            .resolved();

    assertThat(a.credentialSource()).isEqualTo(CredentialSource.Default);
  }

  @Test
  void acceptsPlainHttpRedirectForLoopbackHosts() {
    for (String redirect :
        List.of(
            "http://localhost:8080/callback",
            "http://127.0.0.1:51234/callback",
            "http://localhost/callback")) {
      EffectiveAuthorization a =
          scenario()
              .integration(
                  i ->
                      i.getOverride()
                          .setAllowedRedirectHosts(
                              list("connect.example.com", "localhost", "127.0.0.1")))
              .override(o -> o.setRedirectUri(redirect))
              .resolved();

      assertThat(a.redirectUri()).isEqualTo(redirect);
    }
  }

  @Test
  void allowsTheHostOfTheIntegrationsOwnRedirectWithoutListingIt() {
    EffectiveAuthorization a =
        scenario()
            .integration(i -> i.getOverride().setAllowedRedirectHosts(null))
            .override(o -> o.setRedirectUri("https://CONNECT.example.com/acme/callback"))
            .resolved();

    assertThat(a.redirectUri()).isEqualTo("https://CONNECT.example.com/acme/callback");
  }

  @Test
  void appendsRequiredScopesAndRemovesDuplicatesInOrder() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.getAllowed().add("offline"))
            .scopes(s -> s.setRequired(list("offline", "read")))
            .override(o -> o.setScopes(list("tickets:write", "read", "tickets:write")))
            .resolved();

    assertThat(a.scopes()).containsExactly("tickets:write", "read", "offline");
  }

  @Test
  void appendsRequiredScopesToTheDefaultOnes() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.getAllowed().add("offline"))
            .scopes(s -> s.setRequired(list("offline")))
            .resolved();

    assertThat(a.scopes()).containsExactly("read", "offline");
  }

  @Test
  void anEmptyOverrideScopeListRequestsOnlyTheRequiredScopes() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.setRequired(list("write")))
            .override(o -> o.setScopes(list()))
            .resolved();

    assertThat(a.scopes()).containsExactly("write");
  }

  @Test
  void allowsScopesThatMatchAnAllowedPattern() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.setAllowedPatterns(list("https://www.googleapis.com/auth/*")))
            .override(
                o ->
                    o.setScopes(
                        list(
                            "read",
                            "https://www.googleapis.com/auth/drive.readonly",
                            "https://www.googleapis.com/auth/gmail.send")))
            .resolved();

    assertThat(a.scopes()).hasSize(3);
  }

  @Test
  void allowsAnyValidScopeWhenTheIntegrationListsNone() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.setAllowed(null))
            .override(o -> o.setScopes(list("anything:goes", "x!#$%&'()*+-./")))
            .resolved();

    assertThat(a.scopes()).containsExactly("anything:goes", "x!#$%&'()*+-./");
  }

  @Test
  void joinsScopesWithACommaWhenTheProviderWantsOne() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.setSeparator(","))
            .override(o -> o.setScopes(list("read", "write")))
            .resolved();

    assertThat(a.scopeSeparator()).isEqualTo(",");
    assertThat(query(a.authorizationUrl())).containsEntry("scope", List.of("read,write"));
  }

  @Test
  void usesTheProvidersOwnScopeParameterName() {
    EffectiveAuthorization a = scenario().scopes(s -> s.setParameter("user_scope")).resolved();

    assertThat(query(a.authorizationUrl()))
        .containsEntry("user_scope", List.of("read"))
        .doesNotContainKey("scope");
  }

  @Test
  void sendsNoScopeToAProviderThatTakesNone() {
    EffectiveAuthorization a =
        scenario()
            .scopes(
                s -> {
                  s.setParameter("");
                  s.setAllowed(null);
                  s.setDefaultScopes(null);
                })
            .resolved();

    assertThat(a.scopes()).isEmpty();
    assertThat(query(a.authorizationUrl())).doesNotContainKeys("scope", "");
  }

  @Test
  void addsTheAuthorizationParamsToTheUrl() {
    EffectiveAuthorization a =
        scenario()
            .oauth(
                o ->
                    o.setAuthorizationParams(Map.of("prompt", "consent", "access_type", "offline")))
            .resolved();

    assertThat(a.authorizationParams())
        .containsExactly(Map.entry("access_type", "offline"), Map.entry("prompt", "consent"));
    assertThat(query(a.authorizationUrl()))
        .containsEntry("access_type", List.of("offline"))
        .containsEntry("prompt", List.of("consent"))
        .containsEntry("response_type", List.of("code"))
        .doesNotContainKeys("state", "code_challenge", "code_challenge_method");
  }

  @Test
  void substitutesConnectionParametersIntoTheEndpoints() {
    EffectiveAuthorization a = scenario().resolved();

    assertThat(a.authorizationEndpoint())
        .isEqualTo("https://acme.zendesk.com/oauth/authorizations/new");
    assertThat(a.tokenEndpoint()).isEqualTo("https://acme.zendesk.com/oauth/tokens");
    assertThat(a.authorizationUrl())
        .startsWith("https://acme.zendesk.com/oauth/authorizations/new?");
  }

  @Test
  void keepsTheQueryOfAnAuthorizationEndpoint() {
    EffectiveAuthorization a =
        scenario()
            .oauth(o -> o.setAuthorizationEndpoint("https://{subdomain}.example.com/authorize?v=2"))
            .resolved();

    assertThat(query(a.authorizationUrl()))
        .containsEntry("v", List.of("2"))
        .containsEntry("client_id", List.of(PLATFORM_CLIENT_ID));
  }

  @Test
  void usesDiscoveredEndpointsForAnIssuer() {
    Scenario scenario =
        issuerOnly()
            .discovered(discovered("https://accounts.example.com", "/o/authorize", "/o/token"));

    EffectiveAuthorization a = scenario.resolved();

    assertThat(a.authorizationEndpoint()).isEqualTo("https://accounts.example.com/o/authorize");
    assertThat(a.tokenEndpoint()).isEqualTo("https://accounts.example.com/o/token");
  }

  @Test
  void endpointsGivenInTheSpecWinOverDiscoveredOnes() {
    EffectiveAuthorization a =
        scenario()
            .oauth(o -> o.setIssuer("https://accounts.example.com"))
            .discovered(discovered("https://accounts.example.com", "/o/authorize", "/o/token"))
            .resolved();

    assertThat(a.tokenEndpoint()).isEqualTo("https://acme.zendesk.com/oauth/tokens");
  }

  @Test
  void passesTheTokenEndpointAuthMethodAndPkceModeThrough() {
    EffectiveAuthorization a =
        scenario()
            .oauth(o -> o.setTokenEndpointAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC))
            .oauth(o -> o.setPkce(PkceMode.Required))
            .resolved();

    assertThat(a.tokenEndpointAuthMethod()).isEqualTo("client_secret_basic");
    assertThat(a.pkce()).isEqualTo("Required");
  }

  @Test
  void showsTheProvidersNoticeOnlyToTenantsWithTheirOwnApp() {
    Scenario withNotice =
        scenario().integration(i -> i.getOverride().setNotice("Register the app as private."));

    assertThat(withNotice.resolved().notice()).isNull();
    assertThat(withNotice.withOverride().resolved().notice())
        .isEqualTo("Register the app as private.");
  }

  @Test
  void asksForTheTenantsSecretInItsOwnNamespaceAndThePlatformsInTheOperators() {
    Scenario scenario = scenario();
    assertThat(secretToRead(scenario)).isEqualTo(OPERATOR_NS + "/" + PLATFORM_APP);
    assertThat(secretToRead(scenario.withOverride())).isEqualTo(TENANT_NS + "/" + TENANT_APP);
  }

  private static String secretToRead(Scenario scenario) {
    InstallationRequest r = scenario.request();
    return InstallationResolver.secretToRead(
            r.namespace(), r.spec(), r.integration().spec(), r.operatorNamespace())
        .map(s -> s.secretNamespace() + "/" + s.secretRef().getName())
        .orElse(null);
  }

  static Map<String, List<String>> query(String url) {
    return URLUtils.parseParameters(URI.create(url).getRawQuery());
  }
}
