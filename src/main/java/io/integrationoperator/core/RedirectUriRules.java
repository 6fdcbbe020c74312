package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks the redirect URI an installation will use. */
final class RedirectUriRules {
  private RedirectUriRules() {}

  /**
   * Checks a tenant-chosen redirect URI: its form (RFC 6749 section 3.1.2, RFC 8252 for loopback)
   * and that its host is one the integration allows.
   */
  static void checkTenantRedirect(
      IntegrationSpec integration, String redirectUri, String field, Problems problems) {
    Optional<String> why = UrlRules.whyNotAbsoluteHttps(redirectUri, true);
    if (why.isPresent()) {
      problems.add(Reason.InvalidRedirectUri, field, "'" + redirectUri + "' " + why.get());
      return;
    }
    Set<String> allowed = allowedHosts(integration);
    String host = UrlRules.hostAndPort(redirectUri);
    String bareHost = host.replaceFirst(":\\d+$", "");
    if (!allowed.contains(host) && !allowed.contains(bareHost)) {
      problems.add(
          Reason.RedirectHostNotAllowed,
          field,
          "host '"
              + host
              + "' is not allowed by this integration; use one of "
              + allowed
              + " or ask the platform team to add it to override.allowedRedirectHosts");
    }
  }

  /** The integration's own redirect host and its {@code override.allowedRedirectHosts}. */
  static Set<String> allowedHosts(IntegrationSpec integration) {
    Set<String> hosts = new LinkedHashSet<>();
    String own = integration.getOauth().getRedirectUri();
    if (own != null && UrlRules.whyNotAbsoluteHttps(own, true).isEmpty()) {
      hosts.add(UrlRules.hostAndPort(own));
    }
    if (integration.getOverride() != null) {
      Lists.orEmpty(integration.getOverride().getAllowedRedirectHosts())
          .forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
    }
    return hosts;
  }
}
