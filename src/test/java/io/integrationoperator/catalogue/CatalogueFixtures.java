package io.integrationoperator.catalogue;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.IntegrationRef;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import io.integrationoperator.core.CatalogueEntry;
import io.integrationoperator.core.CredentialsSecret;
import io.integrationoperator.core.InstallationRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Installations of catalogue entries on the platform's app and on a tenant's own app. */
final class CatalogueFixtures {
  static final String REDIRECT_URI = "https://connect.example.com/oauth/callback";
  static final String OPERATOR_NAMESPACE = "integration-operator";
  static final String TENANT_NAMESPACE = "tenant-acme";

  /** A realistic value for every connection parameter the catalogue uses. */
  private static final Map<String, String> SAMPLE_VALUES =
      Map.of(
          "subdomain", "acme",
          "shop", "acme-store",
          "tenant", "organizations",
          "myDomain", "acme");

  private static final Map<String, CatalogueEntry> ENTRIES = new ConcurrentHashMap<>();

  private CatalogueFixtures() {}

  static String platformSecretName(String entry) {
    return entry + "-platform-app";
  }

  /**
   * The entry as the chart installs it: redirect URI and platform app filled in. Shared between
   * tests, which must not change it.
   */
  static CatalogueEntry entry(String name) {
    return ENTRIES.computeIfAbsent(
        name,
        n ->
            new CatalogueEntry(
                n,
                Catalogue.load(n, REDIRECT_URI, CatalogueFixtures::platformSecretName).getSpec(),
                null));
  }

  /** A value for each of the entry's connection parameters. */
  static Map<String, String> sampleParameters(CatalogueEntry entry) {
    Map<String, String> values = new TreeMap<>();
    for (ConnectionParameterSpec p : parameters(entry)) {
      String value = SAMPLE_VALUES.get(p.getName());
      if (value == null) {
        throw new IllegalStateException("no sample value for parameter " + p.getName());
      }
      values.put(p.getName(), value);
    }
    return values;
  }

  static List<ConnectionParameterSpec> parameters(CatalogueEntry entry) {
    List<ConnectionParameterSpec> parameters = entry.spec().getConnectionParameters();
    return parameters == null ? List.of() : parameters;
  }

  /** The installation of {@code entry} on the platform's own app. */
  static InstallationRequest onPlatformApp(CatalogueEntry entry, Map<String, String> parameters) {
    CredentialsSecret secret =
        new CredentialsSecret(
            OPERATOR_NAMESPACE,
            platformSecretName(entry.name()),
            "00000000-0000-4000-8000-000000000000",
            credentials(entry.name() + "-platform-client", "platform-secret-value"));
    return new InstallationRequest(
        TENANT_NAMESPACE,
        entry.name(),
        installation(entry.name(), parameters),
        entry,
        secret,
        OPERATOR_NAMESPACE);
  }

  /** The installation of {@code entry} on the tenant's own app, with the default scopes. */
  static InstallationRequest onTenantApp(CatalogueEntry entry, Map<String, String> parameters) {
    String secretName = entry.name() + "-oauth-app";
    CredentialsSecretRef ref = new CredentialsSecretRef();
    ref.setName(secretName);
    OAuthOverrideSpec override = new OAuthOverrideSpec();
    override.setCredentialsSecretRef(ref);
    InstallationSpec spec = installation(entry.name(), parameters);
    spec.setOauthOverride(override);
    CredentialsSecret secret =
        new CredentialsSecret(
            TENANT_NAMESPACE,
            secretName,
            "11111111-1111-4111-8111-111111111111",
            credentials("acme-own-" + entry.name() + "-client", "tenant-secret-value"));
    return new InstallationRequest(
        TENANT_NAMESPACE, entry.name(), spec, entry, secret, OPERATOR_NAMESPACE);
  }

  private static InstallationSpec installation(String integration, Map<String, String> params) {
    IntegrationRef ref = new IntegrationRef();
    ref.setName(integration);
    InstallationSpec spec = new InstallationSpec();
    spec.setIntegrationRef(ref);
    spec.setConnectionParameters(params.isEmpty() ? null : params);
    return spec;
  }

  private static Map<String, byte[]> credentials(String clientId, String clientSecret) {
    return Map.of(
        "client-id", clientId.getBytes(StandardCharsets.UTF_8),
        "client-secret", clientSecret.getBytes(StandardCharsets.UTF_8));
  }
}
