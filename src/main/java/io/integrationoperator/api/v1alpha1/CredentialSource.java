package io.integrationoperator.api.v1alpha1;

/** Whose OAuth app an installation uses. */
public enum CredentialSource {
  /** The tenant's own app, from {@code spec.oauthOverride}. */
  Override,
  /** The platform's app, from the integration's {@code defaultCredentials}. */
  Default
}
