package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import java.util.Objects;

/**
 * The schema's defaults, for objects that did not pass through an API server that applies them (an
 * absent parent object gets no defaults for its fields either).
 */
final class Defaults {
  static final String CLIENT_ID_KEY = "client-id";
  static final String CLIENT_SECRET_KEY = "client-secret";

  private Defaults() {}

  static ScopeSpec scopes(OAuthSpec oauth) {
    ScopeSpec given = oauth.getScopes();
    ScopeSpec scopes = new ScopeSpec();
    if (given != null) {
      scopes.setAllowed(given.getAllowed());
      scopes.setAllowedPatterns(given.getAllowedPatterns());
      scopes.setDefaultScopes(given.getDefaultScopes());
      scopes.setRequired(given.getRequired());
      scopes.setParameter(given.getParameter());
      scopes.setSeparator(given.getSeparator());
    }
    scopes.setParameter(Objects.requireNonNullElse(scopes.getParameter(), "scope"));
    scopes.setSeparator(Objects.requireNonNullElse(scopes.getSeparator(), " "));
    return scopes;
  }

  static String clientSecretKey(CredentialsSecretRef ref) {
    return Objects.requireNonNullElse(ref.getClientSecretKey(), CLIENT_SECRET_KEY);
  }

  static String clientIdKey(CredentialsSecretRef ref) {
    return Objects.requireNonNullElse(ref.getClientIdKey(), CLIENT_ID_KEY);
  }
}
