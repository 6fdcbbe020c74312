package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.DefaultCredentialsSpec;
import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.api.v1alpha1.IntegrationRef;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.OverridePolicySpec;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Test resources: a Zendesk-like integration, installations and credential Secrets. */
final class Fixtures {
  static final String TENANT = "tenant-acme";
  static final String PLATFORM_SECRET = "zendesk-platform-app";
  static final String REDIRECT = "https://connect.example.com/oauth/callback";

  private Fixtures() {}

  static Integration zendesk() {
    OAuthSpec oauth = new OAuthSpec();
    oauth.setAuthorizationEndpoint("https://{subdomain}.zendesk.com/oauth/authorizations/new");
    oauth.setTokenEndpoint("https://{subdomain}.zendesk.com/oauth/tokens");
    oauth.setRedirectUri(REDIRECT);
    ScopeSpec scopes = new ScopeSpec();
    scopes.setAllowed(List.of("read", "write", "tickets:read", "tickets:write"));
    scopes.setDefaultScopes(List.of("read"));
    oauth.setScopes(scopes);
    ConnectionParameterSpec subdomain = new ConnectionParameterSpec();
    subdomain.setName("subdomain");
    subdomain.setDescription("Your Zendesk subdomain");
    subdomain.setPattern("^[a-z0-9][a-z0-9-]{0,62}$");
    subdomain.setRequired(true);
    CredentialsSecretRef platform = new CredentialsSecretRef();
    platform.setName(PLATFORM_SECRET);
    DefaultCredentialsSpec defaults = new DefaultCredentialsSpec();
    defaults.setSecretRef(platform);
    OverridePolicySpec override = new OverridePolicySpec();
    override.setAllowed(true);
    override.setAllowedRedirectHosts(List.of("auth.acme.example"));
    IntegrationSpec spec = new IntegrationSpec();
    spec.setDisplayName("Zendesk");
    spec.setOauth(oauth);
    spec.setConnectionParameters(List.of(subdomain));
    spec.setDefaultCredentials(defaults);
    spec.setOverride(override);
    Integration integration = new Integration();
    integration.setMetadata(new ObjectMetaBuilder().withName("zendesk").build());
    integration.setSpec(spec);
    return integration;
  }

  /** An installation of zendesk on the platform's app. */
  static IntegrationInstallation installation(String name) {
    InstallationSpec spec = new InstallationSpec();
    IntegrationRef ref = new IntegrationRef();
    ref.setName("zendesk");
    spec.setIntegrationRef(ref);
    spec.setConnectionParameters(Map.of("subdomain", "acme"));
    IntegrationInstallation installation = new IntegrationInstallation();
    installation.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(TENANT).build());
    installation.setSpec(spec);
    return installation;
  }

  /** An installation of zendesk with the tenant's own app in Secret {@code secretName}. */
  static IntegrationInstallation ownApp(String name, String secretName) {
    IntegrationInstallation installation = installation(name);
    CredentialsSecretRef ref = new CredentialsSecretRef();
    ref.setName(secretName);
    OAuthOverrideSpec override = new OAuthOverrideSpec();
    override.setCredentialsSecretRef(ref);
    installation.getSpec().setOauthOverride(override);
    return installation;
  }

  static Secret secret(String namespace, String name, String clientId, String clientSecret) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withData(Map.of("client-id", base64(clientId), "client-secret", base64(clientSecret)))
        .build();
  }

  /** A Secret with exactly these keys and values. */
  static Secret secret(String namespace, String name, Map<String, String> values) {
    Map<String, String> data = new java.util.HashMap<>();
    values.forEach((k, v) -> data.put(k, base64(v)));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withData(data)
        .build();
  }

  /** The zendesk integration under another name, for a second catalogue entry. */
  static Integration zendeskAs(String name) {
    Integration integration = zendesk();
    integration.getMetadata().setName(name);
    return integration;
  }

  /** An installation of another integration than zendesk, on the platform's app. */
  static IntegrationInstallation installationOf(String integration, String name) {
    IntegrationInstallation installation = installation(name);
    installation.getSpec().getIntegrationRef().setName(integration);
    return installation;
  }

  static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  static void createNamespace(KubernetesClient client, String name) {
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
  }
}
