package io.integrationoperator.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.DefaultCredentialsSpec;
import io.integrationoperator.api.v1alpha1.DiscoveredEndpoints;
import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.IntegrationRef;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.OverridePolicySpec;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Specs as a user writes them (no schema defaults applied), and a {@link Scenario} that resolves an
 * installation against them the way the operator does.
 */
final class Fixtures {
  static final String TENANT_NS = "tenant-acme";
  static final String OPERATOR_NS = "integration-operator";
  static final String INTEGRATION = "zendesk";
  static final String PLATFORM_APP = "zendesk-platform-app";
  static final String TENANT_APP = "zendesk-oauth";
  static final String CALLBACK = "https://connect.example.com/oauth/callback";
  static final String PLATFORM_CLIENT_ID = "platform-client";
  static final String TENANT_CLIENT_ID = "tenant-client";

  private Fixtures() {}

  /** The Zendesk entry of DESIGN section 2. */
  static IntegrationSpec zendesk() {
    ScopeSpec scopes = new ScopeSpec();
    scopes.setAllowed(list("read", "write", "tickets:read", "tickets:write"));
    scopes.setDefaultScopes(list("read"));

    OAuthSpec oauth = new OAuthSpec();
    oauth.setAuthorizationEndpoint("https://{subdomain}.zendesk.com/oauth/authorizations/new");
    oauth.setTokenEndpoint("https://{subdomain}.zendesk.com/oauth/tokens");
    oauth.setRedirectUri(CALLBACK);
    oauth.setScopes(scopes);

    ConnectionParameterSpec subdomain = new ConnectionParameterSpec();
    subdomain.setName("subdomain");
    subdomain.setDescription("Your Zendesk subdomain, as in https://SUBDOMAIN.zendesk.com");
    subdomain.setPattern("^[a-z0-9][a-z0-9-]{0,62}$");

    DefaultCredentialsSpec platformApp = new DefaultCredentialsSpec();
    platformApp.setSecretRef(secretRef(PLATFORM_APP));

    OverridePolicySpec policy = new OverridePolicySpec();
    policy.setAllowedRedirectHosts(list("connect.example.com"));

    IntegrationSpec spec = new IntegrationSpec();
    spec.setDisplayName("Zendesk");
    spec.setOauth(oauth);
    spec.setConnectionParameters(list(subdomain));
    spec.setDefaultCredentials(platformApp);
    spec.setOverride(policy);
    return spec;
  }

  /** An installation of {@link #zendesk()} for tenant acme, with the platform's app. */
  static InstallationSpec installation() {
    IntegrationRef ref = new IntegrationRef();
    ref.setName(INTEGRATION);
    InstallationSpec spec = new InstallationSpec();
    spec.setIntegrationRef(ref);
    spec.setConnectionParameters(new LinkedHashMap<>(Map.of("subdomain", "acme")));
    return spec;
  }

  /** A tenant app in Secret {@link #TENANT_APP}, with the default keys. */
  static OAuthOverrideSpec override() {
    OAuthOverrideSpec override = new OAuthOverrideSpec();
    override.setCredentialsSecretRef(secretRef(TENANT_APP));
    return override;
  }

  static CredentialsSecretRef secretRef(String name) {
    CredentialsSecretRef ref = new CredentialsSecretRef();
    ref.setName(name);
    return ref;
  }

  static CredentialsSecret secret(
      String namespace, String name, String uid, Map<String, String> data) {
    Map<String, byte[]> bytes = new HashMap<>();
    data.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return new CredentialsSecret(namespace, name, uid, bytes);
  }

  static CredentialsSecret platformSecret(String clientSecret) {
    return platformSecret(Map.of("client-id", PLATFORM_CLIENT_ID, "client-secret", clientSecret));
  }

  static CredentialsSecret tenantSecret(String clientSecret) {
    return tenantSecret(Map.of("client-id", TENANT_CLIENT_ID, "client-secret", clientSecret));
  }

  static CredentialsSecret platformSecret(Map<String, String> data) {
    return secret(OPERATOR_NS, PLATFORM_APP, "uid-platform", data);
  }

  static CredentialsSecret tenantSecret(Map<String, String> data) {
    return secret(TENANT_NS, TENANT_APP, "uid-tenant", data);
  }

  /** Endpoints found for {@code issuer}; a path alone is appended to the issuer. */
  static DiscoveredEndpoints discovered(String issuer, String authorization, String token) {
    DiscoveredEndpoints found = new DiscoveredEndpoints();
    found.setIssuer(issuer);
    found.setAuthorizationEndpoint(
        authorization.startsWith("/") ? issuer + authorization : authorization);
    found.setTokenEndpoint(token.startsWith("/") ? issuer + token : token);
    return found;
  }

  static Scenario scenario() {
    return new Scenario();
  }

  /** An integration with an OpenID Connect issuer instead of endpoints, not yet discovered. */
  static Scenario issuerOnly() {
    return scenario()
        .oauth(
            o -> {
              o.setAuthorizationEndpoint(null);
              o.setTokenEndpoint(null);
              o.setIssuer("https://accounts.example.com");
            })
        .integration(i -> i.setConnectionParameters(null))
        .parameters(Map.of());
  }

  @SafeVarargs
  static <T> List<T> list(T... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  /**
   * An installation, its integration and the Secrets that exist. {@link #resolve()} reads the
   * Secret the resolver asks for, as the operator does.
   */
  static final class Scenario {
    private final IntegrationSpec integration = zendesk();
    private final InstallationSpec installation = Fixtures.installation();
    private final Map<String, CredentialsSecret> secrets = new HashMap<>();
    private boolean integrationExists = true;
    private DiscoveredEndpoints discovered;

    private Scenario() {
      secret(platformSecret("platform-secret"));
      secret(tenantSecret("tenant-secret"));
    }

    Scenario integration(Consumer<IntegrationSpec> change) {
      change.accept(integration);
      return this;
    }

    Scenario oauth(Consumer<OAuthSpec> change) {
      change.accept(integration.getOauth());
      return this;
    }

    Scenario scopes(Consumer<ScopeSpec> change) {
      change.accept(integration.getOauth().getScopes());
      return this;
    }

    Scenario installation(Consumer<InstallationSpec> change) {
      change.accept(installation);
      return this;
    }

    Scenario parameters(Map<String, String> parameters) {
      installation.setConnectionParameters(new LinkedHashMap<>(parameters));
      return this;
    }

    /** Adds the tenant's own app, then applies {@code change} to it. */
    Scenario override(Consumer<OAuthOverrideSpec> change) {
      if (installation.getOauthOverride() == null) {
        installation.setOauthOverride(Fixtures.override());
      }
      change.accept(installation.getOauthOverride());
      return this;
    }

    Scenario withOverride() {
      return override(o -> {});
    }

    Scenario secret(CredentialsSecret secret) {
      secrets.put(secret.namespace() + "/" + secret.name(), secret);
      return this;
    }

    Scenario withoutSecret(String namespace, String name) {
      secrets.remove(namespace + "/" + name);
      return this;
    }

    Scenario withoutIntegration() {
      integrationExists = false;
      return this;
    }

    Scenario discovered(DiscoveredEndpoints endpoints) {
      discovered = endpoints;
      return this;
    }

    InstallationRequest request() {
      CredentialsSecret secret =
          InstallationResolver.secretToRead(TENANT_NS, installation, integration, OPERATOR_NS)
              .map(s -> secrets.get(s.secretNamespace() + "/" + s.secretRef().getName()))
              .orElse(null);
      CatalogueEntry entry =
          integrationExists ? new CatalogueEntry(INTEGRATION, integration, discovered) : null;
      return new InstallationRequest(
          TENANT_NS, "zendesk", installation, entry, secret, OPERATOR_NS);
    }

    Resolution resolve() {
      return InstallationResolver.resolve(request());
    }

    EffectiveAuthorization resolved() {
      Resolution resolution = resolve();
      assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
      return ((Resolution.Resolved) resolution).authorization();
    }

    List<Problem> problems() {
      Resolution resolution = resolve();
      assertThat(resolution).isInstanceOf(Resolution.Rejected.class);
      return ((Resolution.Rejected) resolution).problems();
    }
  }
}
