package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;

/**
 * Whose OAuth app an installation uses and where its credentials are (DESIGN step 3): the tenant's
 * when {@code oauthOverride} is present and not disabled, else the platform's. Never falls back
 * from the tenant's app to the platform's.
 *
 * @param secretNamespace the installation's namespace for the tenant's app, the operator's
 *     namespace for the platform's
 * @param secretRef null when the chosen source has no Secret (see {@link #problem})
 * @param overrideDisabled whether the installation has an {@code oauthOverride} with {@code
 *     enabled: false}
 */
public record CredentialSelection(
    CredentialSource source,
    String secretNamespace,
    CredentialsSecretRef secretRef,
    String inlineClientId,
    boolean overrideDisabled) {

  static CredentialSelection of(
      String namespace, InstallationSpec spec, IntegrationSpec integration, String operatorNs) {
    OAuthOverrideSpec override = spec.getOauthOverride();
    if (usesOwnApp(spec)) {
      return new CredentialSelection(
          CredentialSource.Override,
          namespace,
          override.getCredentialsSecretRef(),
          override.getClientId(),
          false);
    }
    CredentialsSecretRef platformApp =
        integration.getDefaultCredentials() == null
            ? null
            : integration.getDefaultCredentials().getSecretRef();
    return new CredentialSelection(
        CredentialSource.Default, operatorNs, platformApp, null, override != null);
  }

  /** Whether the installation uses the tenant's own app rather than the platform's. */
  public static boolean usesOwnApp(InstallationSpec spec) {
    OAuthOverrideSpec override = spec.getOauthOverride();
    return override != null && !Boolean.FALSE.equals(override.getEnabled());
  }

  /** Why this selection cannot work, as a problem, or null. */
  Problem problem(String integrationName, IntegrationSpec integration) {
    if (source == CredentialSource.Override) {
      if (integration.getOverride() != null
          && Boolean.FALSE.equals(integration.getOverride().getAllowed())) {
        return new Problem(
            Reason.OverrideNotAllowed,
            "spec.oauthOverride",
            "integration "
                + integrationName
                + " does not allow tenants to use their own OAuth app; remove spec.oauthOverride"
                + " or set spec.oauthOverride.enabled to false to use the platform's app");
      }
      if (secretRef == null || secretRef.getName() == null) {
        return new Problem(
            Reason.SecretKeyMissing,
            "spec.oauthOverride.credentialsSecretRef",
            "is required: name the Secret that holds your app's client secret");
      }
      return null;
    }
    if (secretRef == null || secretRef.getName() == null) {
      return new Problem(
          Reason.CredentialsRequired,
          "spec.oauthOverride",
          "integration "
              + integrationName
              + " has no platform OAuth app; "
              + (overrideDisabled
                  ? "set spec.oauthOverride.enabled to true to use your own app"
                  : "add spec.oauthOverride with your own app's credentials Secret"));
    }
    return null;
  }

  /** The field path of the Secret reference, for messages. */
  String field() {
    return source == CredentialSource.Override
        ? "spec.oauthOverride.credentialsSecretRef"
        : "integration.spec.defaultCredentials.secretRef";
  }
}
