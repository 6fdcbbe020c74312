package io.integrationoperator.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of the published ConfigMap (DESIGN section 4): {@code authorization.json} and the same
 * facts as flat {@code OAUTH_*} keys for {@code envFrom}. The same authorization always renders to
 * byte-identical data.
 */
public final class PublishedConfig {
  public static final String AUTHORIZATION_JSON = "authorization.json";
  public static final String CREDENTIALS_REVISION = "OAUTH_CREDENTIALS_REVISION";
  public static final String CONSENT_REVISION = "OAUTH_CONSENT_REVISION";

  private static final ObjectWriter JSON =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private PublishedConfig() {}

  /** The ConfigMap data, sorted by key. */
  public static Map<String, String> render(EffectiveAuthorization a) {
    Map<String, String> data = new TreeMap<>();
    data.put(AUTHORIZATION_JSON, json(a));
    data.put("OAUTH_INTEGRATION", a.integration());
    data.put("OAUTH_CREDENTIAL_SOURCE", a.credentialSource().name());
    data.put("OAUTH_CLIENT_ID", a.clientId());
    data.put("OAUTH_CLIENT_SECRET_NAMESPACE", a.clientSecretRef().namespace());
    data.put("OAUTH_CLIENT_SECRET_NAME", a.clientSecretRef().name());
    data.put("OAUTH_CLIENT_SECRET_KEY", a.clientSecretRef().key());
    data.put("OAUTH_AUTHORIZATION_ENDPOINT", a.authorizationEndpoint());
    data.put("OAUTH_TOKEN_ENDPOINT", a.tokenEndpoint());
    data.put("OAUTH_TOKEN_ENDPOINT_AUTH_METHOD", a.tokenEndpointAuthMethod());
    data.put("OAUTH_PKCE", a.pkce());
    data.put("OAUTH_SCOPES", String.join(a.scopeSeparator(), a.scopes()));
    data.put("OAUTH_REDIRECT_URI", a.redirectUri());
    data.put("OAUTH_AUTHORIZATION_URL", a.authorizationUrl());
    data.put(CREDENTIALS_REVISION, a.credentialsRevision());
    data.put(CONSENT_REVISION, a.consentRevision());
    return data;
  }

  private static String json(EffectiveAuthorization a) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("integration", a.integration());
    doc.put("credentialSource", a.credentialSource().name());
    doc.put("clientId", a.clientId());
    Map<String, String> secretRef = new LinkedHashMap<>();
    secretRef.put("namespace", a.clientSecretRef().namespace());
    secretRef.put("name", a.clientSecretRef().name());
    secretRef.put("key", a.clientSecretRef().key());
    doc.put("clientSecretRef", secretRef);
    doc.put("authorizationEndpoint", a.authorizationEndpoint());
    doc.put("tokenEndpoint", a.tokenEndpoint());
    doc.put("tokenEndpointAuthMethod", a.tokenEndpointAuthMethod());
    doc.put("pkce", a.pkce());
    doc.put("scopes", a.scopes());
    doc.put("scopeSeparator", a.scopeSeparator());
    doc.put("redirectUri", a.redirectUri());
    doc.put("authorizationParams", new TreeMap<>(a.authorizationParams()));
    doc.put("authorizationUrl", a.authorizationUrl());
    doc.put("credentialsRevision", a.credentialsRevision());
    doc.put("consentRevision", a.consentRevision());
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render authorization.json", e);
    }
  }
}
