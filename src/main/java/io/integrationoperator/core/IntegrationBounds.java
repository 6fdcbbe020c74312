package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import java.util.List;

/** The schema's size bounds of an {@code Integration}, checked again (see {@link Bounds}). */
final class IntegrationBounds {
  private IntegrationBounds() {}

  static void check(IntegrationSpec spec, Problems problems) {
    Bounds bounds = new Bounds(problems, Reason.InvalidIntegration);
    bounds.length("spec.displayName", spec.getDisplayName(), 128);
    List<ConnectionParameterSpec> parameters = Lists.orEmpty(spec.getConnectionParameters());
    bounds.size("spec.connectionParameters", parameters, 16);
    for (int i = 0; i < parameters.size(); i++) {
      ConnectionParameterSpec p = parameters.get(i);
      if (p != null) {
        String field = "spec.connectionParameters[" + i + "]";
        bounds.length(field + ".description", p.getDescription(), 1024);
        bounds.length(field + ".pattern", p.getPattern(), 512);
      }
    }
    OAuthSpec oauth = spec.getOauth();
    bounds.size("spec.oauth.authorizationParams", oauth.getAuthorizationParams(), 16);
    bounds.valueLengths("spec.oauth.authorizationParams", oauth.getAuthorizationParams(), 512);
    ScopeSpec scopes = oauth.getScopes();
    if (scopes != null) {
      bounds.length("spec.oauth.scopes.parameter", scopes.getParameter(), 64);
      bounds.size("spec.oauth.scopes.allowed", scopes.getAllowed(), 256);
      bounds.size("spec.oauth.scopes.allowedPatterns", scopes.getAllowedPatterns(), 32);
      bounds.size("spec.oauth.scopes.default", scopes.getDefaultScopes(), 64);
      bounds.size("spec.oauth.scopes.required", scopes.getRequired(), 32);
    }
    if (spec.getDefaultCredentials() != null) {
      secretRef(
          bounds, "spec.defaultCredentials.secretRef", spec.getDefaultCredentials().getSecretRef());
    }
    if (spec.getOverride() != null) {
      bounds.size(
          "spec.override.allowedRedirectHosts", spec.getOverride().getAllowedRedirectHosts(), 32);
      bounds.length("spec.override.notice", spec.getOverride().getNotice(), 1024);
    }
  }

  /** A Secret reference: names and keys are at most 253 characters, as Kubernetes allows. */
  static void secretRef(Bounds bounds, String field, CredentialsSecretRef ref) {
    if (ref != null) {
      bounds
          .length(field + ".name", ref.getName(), 253)
          .length(field + ".clientIdKey", ref.getClientIdKey(), 253)
          .length(field + ".clientSecretKey", ref.getClientSecretKey(), 253);
    }
  }
}
