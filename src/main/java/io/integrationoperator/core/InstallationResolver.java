package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.PkceMode;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import io.integrationoperator.api.v1alpha1.TokenEndpointAuthMethod;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves an installation into its effective authorization (DESIGN section 3), or into every
 * problem found. A pure function of its {@link InstallationRequest}.
 */
public final class InstallationResolver {
  private InstallationResolver() {}

  /**
   * The Secret whose content {@link #resolve} needs, as namespace and reference, or empty when the
   * integration is missing or the installation names no usable Secret.
   */
  public static Optional<CredentialSelection> secretToRead(
      String namespace, InstallationSpec spec, IntegrationSpec integration, String operatorNs) {
    if (integration == null) {
      return Optional.empty();
    }
    CredentialSelection selection =
        CredentialSelection.of(namespace, spec, integration, operatorNs);
    return selection.secretRef() == null || selection.secretRef().getName() == null
        ? Optional.empty()
        : Optional.of(selection);
  }

  public static Resolution resolve(InstallationRequest request) {
    InstallationSpec spec = request.spec();
    Problems outOfBounds = new Problems();
    InstallationBounds.check(request.name(), spec, outOfBounds);
    if (!outOfBounds.isEmpty()) {
      return new Resolution.Rejected(outOfBounds.toList());
    }
    CatalogueEntry entry = request.integration();
    if (entry == null) {
      return reject(
          Reason.IntegrationNotFound,
          "spec.integrationRef.name",
          "Integration '"
              + spec.getIntegrationRef().getName()
              + "' does not exist yet; create it or fix the name");
    }
    Optional<Problem> notReady = IntegrationReadiness.whyNotReady(entry);
    if (notReady.isPresent()) {
      return new Resolution.Rejected(List.of(notReady.get()));
    }

    IntegrationSpec integration = entry.spec();
    Problems problems = new Problems();
    Map<String, String> parameters = Lists.orEmpty(spec.getConnectionParameters());
    ConnectionParameterRules.check(
        Lists.orEmpty(integration.getConnectionParameters()),
        Endpoints.placeholders(entry),
        parameters,
        problems);
    // Endpoints can be filled in only from parameters that passed their checks.
    Endpoints endpoints = problems.isEmpty() ? Endpoints.of(entry, parameters) : null;
    if (endpoints != null) {
      endpoints
          .problems(entry)
          .forEach(
              p -> problems.add(Reason.InvalidConnectionParameter, "spec.connectionParameters", p));
    }
    CredentialSelection selection =
        CredentialSelection.of(request.namespace(), spec, integration, request.operatorNamespace());
    Credentials credentials = Credentials.read(selection, entry, request.secret(), problems);
    boolean override = selection.source() == CredentialSource.Override;
    ScopeSpec scopeSpec = Defaults.scopes(integration.getOauth());
    List<String> scopes = scopes(override ? spec.getOauthOverride() : null, scopeSpec, problems);
    String redirectUri =
        redirectUri(override ? spec.getOauthOverride() : null, integration, problems);
    if (!problems.isEmpty()) {
      return new Resolution.Rejected(problems.toList());
    }
    return new Resolution.Resolved(
        effective(entry, selection, credentials, endpoints, scopeSpec, scopes, redirectUri));
  }

  private static EffectiveAuthorization effective(
      CatalogueEntry entry,
      CredentialSelection selection,
      Credentials credentials,
      Endpoints endpoints,
      ScopeSpec scopeSpec,
      List<String> scopes,
      String redirectUri) {
    OAuthSpec oauth = entry.spec().getOauth();
    TreeMap<String, String> params = new TreeMap<>(Lists.orEmpty(oauth.getAuthorizationParams()));
    String url =
        AuthorizationUrl.build(
            endpoints.authorization(),
            credentials.clientId(),
            redirectUri,
            scopeSpec.getParameter(),
            scopes,
            scopeSpec.getSeparator(),
            params);
    String consent =
        Revisions.consent(
            credentials.clientId(),
            scopes,
            endpoints.authorization(),
            endpoints.token(),
            redirectUri);
    boolean override = selection.source() == CredentialSource.Override;
    String notice =
        entry.spec().getOverride() == null ? null : entry.spec().getOverride().getNotice();
    return new EffectiveAuthorization(
        entry.name(),
        selection.source(),
        credentials.clientId(),
        credentials.secretRef(),
        endpoints.authorization(),
        endpoints.token(),
        Objects.requireNonNullElse(
                oauth.getTokenEndpointAuthMethod(), TokenEndpointAuthMethod.CLIENT_SECRET_POST)
            .value(),
        Objects.requireNonNullElse(oauth.getPkce(), PkceMode.Supported).name(),
        scopes,
        scopeSpec.getSeparator(),
        redirectUri,
        params,
        url,
        credentials.revision(),
        consent,
        override && notice != null && !notice.isBlank() ? notice : null);
  }

  private static List<String> scopes(
      OAuthOverrideSpec override, ScopeSpec scopeSpec, Problems problems) {
    if (override != null && override.getScopes() != null) {
      return ScopeRules.effective(
          scopeSpec, override.getScopes(), "spec.oauthOverride.scopes", problems);
    }
    return ScopeRules.effective(
        scopeSpec,
        Lists.orEmpty(scopeSpec.getDefaultScopes()),
        "integration.spec.oauth.scopes.default",
        problems);
  }

  private static String redirectUri(
      OAuthOverrideSpec override, IntegrationSpec integration, Problems problems) {
    if (override != null && override.getRedirectUri() != null) {
      RedirectUriRules.checkTenantRedirect(
          integration, override.getRedirectUri(), "spec.oauthOverride.redirectUri", problems);
      return override.getRedirectUri();
    }
    return integration.getOauth().getRedirectUri();
  }

  private static Resolution reject(Reason reason, String field, String message) {
    return new Resolution.Rejected(List.of(new Problem(reason, field, message)));
  }
}
