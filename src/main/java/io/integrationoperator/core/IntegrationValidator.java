package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Validates an {@code Integration}: every problem is reported as {@code InvalidIntegration}. */
public final class IntegrationValidator {
  private static final Set<String> RESERVED_PARAMS =
      Set.of(
          "response_type",
          "client_id",
          "redirect_uri",
          "state",
          "code_challenge",
          "code_challenge_method");
  private static final Pattern HOST =
      Pattern.compile("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$");

  private IntegrationValidator() {}

  /**
   * Why {@code url} cannot be an integration's redirect URI (absolute https, or http on a loopback
   * host, without fragment or user info), or empty when it can.
   */
  public static Optional<String> whyNotRedirectUri(String url) {
    return UrlRules.whyNotAbsoluteHttps(url, true);
  }

  public static List<Problem> validate(IntegrationSpec spec) {
    Problems problems = new Problems();
    if (spec == null || spec.getOauth() == null) {
      problems.add(Reason.InvalidIntegration, "spec.oauth", "is required");
      return problems.toList();
    }
    Set<String> declared = checkParameters(Lists.orEmpty(spec.getConnectionParameters()), problems);
    checkEndpoints(spec.getOauth(), declared, problems);
    checkRedirect(spec.getOauth().getRedirectUri(), problems);
    checkScopes(spec.getOauth().getScopes(), problems);
    checkAuthorizationParams(spec.getOauth(), problems);
    checkOverridePolicy(spec, problems);
    IntegrationBounds.check(spec, problems);
    if (spec.getDefaultCredentials() != null
        && spec.getDefaultCredentials().getSecretRef() == null) {
      problems.add(Reason.InvalidIntegration, "spec.defaultCredentials.secretRef", "is required");
    }
    return problems.toList();
  }

  private static Set<String> checkParameters(
      List<ConnectionParameterSpec> parameters, Problems problems) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      ConnectionParameterSpec p = parameters.get(i);
      String field = "spec.connectionParameters[" + i + "]";
      if (p == null) {
        problems.add(Reason.InvalidIntegration, field, "is empty; remove it or give its name");
        continue;
      }
      if (p.getName() == null || !p.getName().matches("^[a-zA-Z][a-zA-Z0-9_]{0,62}$")) {
        problems.add(
            Reason.InvalidIntegration,
            field + ".name",
            "must be a letter followed by" + " up to 62 letters, digits or underscores");
      } else if (!names.add(p.getName())) {
        problems.add(
            Reason.InvalidIntegration, field + ".name", "'" + p.getName() + "' is declared twice");
      }
      if (p.getPattern() != null) {
        try {
          Pattern.compile(p.getPattern());
        } catch (PatternSyntaxException e) {
          problems.add(
              Reason.InvalidIntegration,
              field + ".pattern",
              "is not a valid regular" + " expression: " + e.getDescription());
        }
      }
    }
    return names;
  }

  private static void checkEndpoints(OAuthSpec oauth, Set<String> declared, Problems problems) {
    boolean both = oauth.getAuthorizationEndpoint() != null && oauth.getTokenEndpoint() != null;
    if (!both && oauth.getIssuer() == null) {
      problems.add(
          Reason.InvalidIntegration,
          "spec.oauth",
          "set both authorizationEndpoint and"
              + " tokenEndpoint, or issuer for OpenID Connect discovery");
    }
    checkEndpoint("authorizationEndpoint", oauth.getAuthorizationEndpoint(), declared, problems);
    checkEndpoint("tokenEndpoint", oauth.getTokenEndpoint(), declared, problems);
    if (oauth.getIssuer() != null) {
      String field = "spec.oauth.issuer";
      UrlRules.whyNotAbsoluteHttps(oauth.getIssuer(), true)
          .ifPresent(why -> problems.add(Reason.InvalidIntegration, field, why));
      if (oauth.getIssuer().contains("?") || oauth.getIssuer().contains("{")) {
        problems.add(Reason.InvalidIntegration, field, "must not contain a query or placeholders");
      }
    }
  }

  private static void checkEndpoint(
      String name, String template, Set<String> declared, Problems problems) {
    if (template == null) {
      return;
    }
    String field = "spec.oauth." + name;
    EndpointTemplate endpoint = new EndpointTemplate(template);
    UrlRules.whyNotAbsoluteHttps(endpoint.sample(), false)
        .ifPresent(why -> problems.add(Reason.InvalidIntegration, field, why));
    String hostNotFixed = endpoint.whyHostNotFixed();
    if (hostNotFixed != null) {
      problems.add(Reason.InvalidIntegration, field, hostNotFixed);
    }
    for (String placeholder : endpoint.placeholders()) {
      if (!declared.contains(placeholder)) {
        problems.add(
            Reason.InvalidIntegration,
            field,
            "uses {" + placeholder + "}, which is not" + " declared in spec.connectionParameters");
      }
    }
  }

  private static void checkRedirect(String redirectUri, Problems problems) {
    if (redirectUri == null) {
      problems.add(
          Reason.InvalidIntegration,
          "spec.oauth.redirectUri",
          "is required: the" + " platform's OAuth callback URL");
      return;
    }
    UrlRules.whyNotAbsoluteHttps(redirectUri, true)
        .ifPresent(why -> problems.add(Reason.InvalidIntegration, "spec.oauth.redirectUri", why));
  }

  private static void checkScopes(ScopeSpec scopes, Problems problems) {
    if (scopes == null) {
      return;
    }
    String field = "spec.oauth.scopes";
    String separator = ScopeRules.separator(scopes);
    if (!separator.equals(" ") && !separator.equals(",")) {
      problems.add(Reason.InvalidIntegration, field + ".separator", "must be \" \" or \",\"");
      return;
    }
    boolean noScopes = "".equals(scopes.getParameter());
    checkList(scopes, scopes.getDefaultScopes(), field + ".default", noScopes, true, problems);
    checkList(scopes, scopes.getRequired(), field + ".required", noScopes, true, problems);
    checkList(scopes, scopes.getAllowed(), field + ".allowed", false, false, problems);
    List<String> patterns = Lists.orEmpty(scopes.getAllowedPatterns());
    for (int i = 0; i < patterns.size(); i++) {
      String pattern = patterns.get(i);
      if (pattern == null || pattern.isEmpty() || pattern.length() > ScopeRules.MAX_SCOPE_LENGTH) {
        problems.add(
            Reason.InvalidIntegration,
            field + ".allowedPatterns[" + i + "]",
            "must be 1 to " + ScopeRules.MAX_SCOPE_LENGTH + " characters");
      }
    }
  }

  private static void checkList(
      ScopeSpec spec,
      List<String> scopes,
      String field,
      boolean noScopes,
      boolean mustBeAllowed,
      Problems problems) {
    List<String> list = Lists.orEmpty(scopes);
    if (noScopes && !list.isEmpty()) {
      problems.add(
          Reason.InvalidIntegration,
          field,
          "must be empty: parameter \"\" means the" + " provider takes no scopes");
      return;
    }
    Problems found = new Problems();
    for (int i = 0; i < list.size(); i++) {
      ScopeRules.checkToken(spec, list.get(i), field + "[" + i + "]", mustBeAllowed, found);
    }
    found.toList().forEach(p -> problems.add(Reason.InvalidIntegration, p.field(), p.message()));
  }

  private static void checkAuthorizationParams(OAuthSpec oauth, Problems problems) {
    String scopeParameter = Defaults.scopes(oauth).getParameter();
    for (String name : Lists.orEmpty(oauth.getAuthorizationParams()).keySet()) {
      if (RESERVED_PARAMS.contains(name) || name.equals(scopeParameter)) {
        problems.add(
            Reason.InvalidIntegration,
            "spec.oauth.authorizationParams." + name,
            "is set by the operator or per connection; remove it");
      }
    }
  }

  private static void checkOverridePolicy(IntegrationSpec spec, Problems problems) {
    if (spec.getOverride() == null) {
      return;
    }
    List<String> hosts = Lists.orEmpty(spec.getOverride().getAllowedRedirectHosts());
    for (int i = 0; i < hosts.size(); i++) {
      String host = hosts.get(i);
      if (host == null || !HOST.matcher(host).matches() || host.length() > 253) {
        problems.add(
            Reason.InvalidIntegration,
            "spec.override.allowedRedirectHosts[" + i + "]",
            "must be a lower-case host name, optionally with a port, such as connect.example.com");
      }
    }
  }
}
