package io.integrationoperator.core;

import static io.integrationoperator.core.Fixtures.CALLBACK;
import static io.integrationoperator.core.Fixtures.OPERATOR_NS;
import static io.integrationoperator.core.Fixtures.PLATFORM_APP;
import static io.integrationoperator.core.Fixtures.TENANT_APP;
import static io.integrationoperator.core.Fixtures.TENANT_CLIENT_ID;
import static io.integrationoperator.core.Fixtures.TENANT_NS;
import static io.integrationoperator.core.Fixtures.list;
import static io.integrationoperator.core.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import io.integrationoperator.core.Fixtures.Scenario;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishedConfigTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void publishesEveryKeyOfTheContract() {
    Map<String, String> data = PublishedConfig.render(scenario().withOverride().resolved());

    assertThat(data)
        .containsOnlyKeys(
            "authorization.json",
            "OAUTH_INTEGRATION",
            "OAUTH_CREDENTIAL_SOURCE",
            "OAUTH_CLIENT_ID",
            "OAUTH_CLIENT_SECRET_NAMESPACE",
            "OAUTH_CLIENT_SECRET_NAME",
            "OAUTH_CLIENT_SECRET_KEY",
            "OAUTH_AUTHORIZATION_ENDPOINT",
            "OAUTH_TOKEN_ENDPOINT",
            "OAUTH_TOKEN_ENDPOINT_AUTH_METHOD",
            "OAUTH_PKCE",
            "OAUTH_SCOPES",
            "OAUTH_REDIRECT_URI",
            "OAUTH_AUTHORIZATION_URL",
            "OAUTH_CREDENTIALS_REVISION",
            "OAUTH_CONSENT_REVISION");
    assertThat(data).allSatisfy((key, value) -> assertThat(value).isNotBlank());
    assertThat(data)
        .containsEntry("OAUTH_INTEGRATION", "zendesk")
        .containsEntry("OAUTH_CREDENTIAL_SOURCE", "Override")
        .containsEntry("OAUTH_CLIENT_ID", TENANT_CLIENT_ID)
        .containsEntry("OAUTH_CLIENT_SECRET_NAMESPACE", TENANT_NS)
        .containsEntry("OAUTH_CLIENT_SECRET_NAME", TENANT_APP)
        .containsEntry("OAUTH_CLIENT_SECRET_KEY", "client-secret")
        .containsEntry(
            "OAUTH_AUTHORIZATION_ENDPOINT", "https://acme.zendesk.com/oauth/authorizations/new")
        .containsEntry("OAUTH_TOKEN_ENDPOINT", "https://acme.zendesk.com/oauth/tokens")
        .containsEntry("OAUTH_TOKEN_ENDPOINT_AUTH_METHOD", "client_secret_post")
        .containsEntry("OAUTH_PKCE", "Supported")
        .containsEntry("OAUTH_SCOPES", "read")
        .containsEntry("OAUTH_REDIRECT_URI", CALLBACK);
  }

  @Test
  void joinsTheFlatScopesWithTheProvidersSeparator() {
    EffectiveAuthorization a =
        scenario()
            .scopes(s -> s.setSeparator(","))
            .override(o -> o.setScopes(list("read", "write")))
            .resolved();

    assertThat(PublishedConfig.render(a)).containsEntry("OAUTH_SCOPES", "read,write");
  }

  @Test
  void authorizationJsonHoldsTheSameFactsInCamelCase() throws Exception {
    EffectiveAuthorization a =
        scenario()
            .oauth(o -> o.setAuthorizationParams(Map.of("access_type", "offline")))
            .resolved();
    Map<String, String> data = PublishedConfig.render(a);

    JsonNode doc = JSON.readTree(data.get("authorization.json"));

    assertThat(names(doc))
        .containsExactly(
            "integration",
            "credentialSource",
            "clientId",
            "clientSecretRef",
            "authorizationEndpoint",
            "tokenEndpoint",
            "tokenEndpointAuthMethod",
            "pkce",
            "scopes",
            "scopeSeparator",
            "redirectUri",
            "authorizationParams",
            "authorizationUrl",
            "credentialsRevision",
            "consentRevision");
    assertThat(names(doc.get("clientSecretRef"))).containsExactly("namespace", "name", "key");
    assertThat(doc.get("clientSecretRef").get("namespace").asText()).isEqualTo(OPERATOR_NS);
    assertThat(doc.get("clientSecretRef").get("name").asText()).isEqualTo(PLATFORM_APP);
    assertThat(doc.get("scopes").isArray()).isTrue();
    assertThat(doc.get("scopes").get(0).asText()).isEqualTo("read");
    assertThat(doc.get("scopeSeparator").asText()).isEqualTo(" ");
    assertThat(doc.get("authorizationParams").get("access_type").asText()).isEqualTo("offline");
    assertThat(doc.get("credentialSource").asText()).isEqualTo(data.get("OAUTH_CREDENTIAL_SOURCE"));
    assertThat(doc.get("authorizationUrl").asText()).isEqualTo(data.get("OAUTH_AUTHORIZATION_URL"));
    assertThat(doc.get("credentialsRevision").asText())
        .isEqualTo(data.get("OAUTH_CREDENTIALS_REVISION"));
    assertThat(doc.get("consentRevision").asText()).isEqualTo(data.get("OAUTH_CONSENT_REVISION"));
  }

  @Test
  void rendersTheSameInputsToIdenticalData() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("prompt", "consent");
    params.put("access_type", "offline");
    Map<String, String> reversed = new LinkedHashMap<>();
    reversed.put("access_type", "offline");
    reversed.put("prompt", "consent");

    Map<String, String> first =
        PublishedConfig.render(scenario().oauth(o -> o.setAuthorizationParams(params)).resolved());
    Map<String, String> second =
        PublishedConfig.render(
            scenario().oauth(o -> o.setAuthorizationParams(reversed)).resolved());

    assertThat(second).isEqualTo(first);
    assertThat(List.copyOf(second.keySet())).isEqualTo(List.copyOf(first.keySet()));
  }

  @Test
  void theAuthorizationUrlParsesBackToTheSameRequest() throws Exception {
    EffectiveAuthorization a =
        scenario()
            .override(o -> o.setScopes(list("read", "tickets:write")))
            .override(o -> o.setRedirectUri("https://connect.example.com/acme/callback"))
            .resolved();
    String url = PublishedConfig.render(a).get("OAUTH_AUTHORIZATION_URL");

    AuthorizationRequest request = AuthorizationRequest.parse(URI.create(url));

    assertThat(request.getEndpointURI())
        .isEqualTo(URI.create("https://acme.zendesk.com/oauth/authorizations/new"));
    assertThat(request.getResponseType()).isEqualTo(ResponseType.CODE);
    assertThat(request.getClientID().getValue()).isEqualTo(TENANT_CLIENT_ID);
    assertThat(request.getRedirectionURI())
        .isEqualTo(URI.create("https://connect.example.com/acme/callback"));
    assertThat(request.getScope().toStringList()).containsExactly("read", "tickets:write");
    assertThat(request.getState()).isNull();
    assertThat(request.getCodeChallenge()).isNull();
  }

  @Test
  void credentialsRevisionAloneChangesWhenOnlyTheSecretValueChanges() {
    Map<String, String> before = render(scenario().withOverride(), "first-secret");
    Map<String, String> after = render(scenario().withOverride(), "second-secret");

    assertThat(after.get("OAUTH_CREDENTIALS_REVISION"))
        .isNotEqualTo(before.get("OAUTH_CREDENTIALS_REVISION"));
    assertThat(after.get("OAUTH_CONSENT_REVISION")).isEqualTo(before.get("OAUTH_CONSENT_REVISION"));
    assertThat(withoutRevisions(after)).isEqualTo(withoutRevisions(before));
  }

  @Test
  void bothRevisionsChangeWhenTheClientIdChanges() {
    Map<String, String> before = render(scenario().withOverride(), "same-secret");
    Map<String, String> after =
        PublishedConfig.render(
            scenario()
                .withOverride()
                .secret(
                    Fixtures.secret(
                        TENANT_NS,
                        TENANT_APP,
                        "uid-tenant",
                        Map.of("client-id", "another-client", "client-secret", "same-secret")))
                .resolved());

    assertThat(after.get("OAUTH_CREDENTIALS_REVISION"))
        .isNotEqualTo(before.get("OAUTH_CREDENTIALS_REVISION"));
    assertThat(after.get("OAUTH_CONSENT_REVISION"))
        .isNotEqualTo(before.get("OAUTH_CONSENT_REVISION"));
  }

  @Test
  void consentRevisionAloneChangesWhenTheScopesChange() {
    Map<String, String> before = render(scenario().override(o -> o.setScopes(list("read"))), "s");
    Map<String, String> after =
        render(scenario().override(o -> o.setScopes(list("read", "write"))), "s");

    assertThat(after.get("OAUTH_CONSENT_REVISION"))
        .isNotEqualTo(before.get("OAUTH_CONSENT_REVISION"));
    assertThat(after.get("OAUTH_CREDENTIALS_REVISION"))
        .isEqualTo(before.get("OAUTH_CREDENTIALS_REVISION"));
  }

  @Test
  void consentRevisionChangesWhenTheRedirectOrAnEndpointChanges() {
    String base = consent(scenario().withOverride());

    assertThat(consent(scenario().override(o -> o.setRedirectUri(CALLBACK + "/acme"))))
        .isNotEqualTo(base);
    assertThat(consent(scenario().withOverride().parameters(Map.of("subdomain", "other"))))
        .isNotEqualTo(base);
  }

  @Test
  void noPublishedValueContainsTheSecret() {
    String canary = "canary-" + UUID.randomUUID();
    for (Scenario scenario : List.of(scenario(), scenario().withOverride())) {
      EffectiveAuthorization a =
          scenario
              .secret(Fixtures.tenantSecret(canary))
              .secret(Fixtures.platformSecret(canary))
              .resolved();
      Map<String, String> data = PublishedConfig.render(a);
      byte[] bytes = canary.getBytes(StandardCharsets.UTF_8);

      assertThat(data.values())
          .noneMatch(v -> v.contains(canary))
          .noneMatch(v -> v.contains(Base64.getEncoder().encodeToString(bytes)))
          .noneMatch(v -> v.contains(HexFormat.of().formatHex(bytes)));
      assertThat(a.toString()).doesNotContain(canary);
    }
  }

  @Test
  void credentialsRevisionIsNotAPlainHashOfTheSecret() throws Exception {
    String secret = "guessable-secret";
    String revision = render(scenario().withOverride(), secret).get("OAUTH_CREDENTIALS_REVISION");

    for (String guess :
        List.of(secret, TENANT_CLIENT_ID + secret, TENANT_CLIENT_ID + "\0" + secret)) {
      String hash = HexFormat.of().formatHex(sha256(guess));
      assertThat(hash).doesNotContain(revision);
      assertThat(revision).doesNotContain(hash.substring(0, 16));
    }
  }

  @Test
  void credentialsRevisionIsKeyedByTheSecretObject() {
    Scenario elsewhere =
        scenario()
            .withOverride()
            .secret(
                Fixtures.secret(
                    TENANT_NS,
                    TENANT_APP,
                    "another-uid",
                    Map.of("client-id", TENANT_CLIENT_ID, "client-secret", "same")));

    assertThat(PublishedConfig.render(elsewhere.resolved()).get("OAUTH_CREDENTIALS_REVISION"))
        .isNotEqualTo(render(scenario().withOverride(), "same").get("OAUTH_CREDENTIALS_REVISION"));
  }

  private static Map<String, String> render(Scenario scenario, String clientSecret) {
    return PublishedConfig.render(
        scenario
            .secret(Fixtures.tenantSecret(clientSecret))
            .secret(Fixtures.platformSecret(clientSecret))
            .resolved());
  }

  private static String consent(Scenario scenario) {
    return PublishedConfig.render(scenario.resolved()).get("OAUTH_CONSENT_REVISION");
  }

  private static Map<String, String> withoutRevisions(Map<String, String> data) {
    Map<String, String> rest = new HashMap<>(data);
    rest.remove("OAUTH_CREDENTIALS_REVISION");
    rest.remove("OAUTH_CONSENT_REVISION");
    rest.remove("authorization.json");
    return rest;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] sha256(String value) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
  }
}
