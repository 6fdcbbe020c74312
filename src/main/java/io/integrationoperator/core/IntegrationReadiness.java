package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.DiscoveredEndpoints;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import java.util.List;
import java.util.Optional;

/** Whether installations can use an integration (DESIGN step 1). */
final class IntegrationReadiness {
  private IntegrationReadiness() {}

  static Optional<Problem> whyNotReady(CatalogueEntry entry) {
    String field = "spec.integrationRef.name";
    List<Problem> invalid = IntegrationValidator.validate(entry.spec());
    if (!invalid.isEmpty()) {
      return Optional.of(
          new Problem(
              Reason.IntegrationNotReady,
              field,
              "Integration "
                  + entry.name()
                  + " is invalid ("
                  + invalid.get(0).describe()
                  + (invalid.size() > 1 ? " and " + (invalid.size() - 1) + " more" : "")
                  + "); the platform team must fix it"));
    }
    if (!needsDiscovery(entry.spec().getOauth())) {
      return Optional.empty();
    }
    if (!discovered(entry)) {
      return Optional.of(
          new Problem(
              Reason.IntegrationNotReady,
              field,
              "Integration "
                  + entry.name()
                  + " is waiting for OpenID Connect discovery of "
                  + entry.spec().getOauth().getIssuer()));
    }
    return unusableDiscovery(entry)
        .map(
            why ->
                new Problem(
                    Reason.IntegrationNotReady,
                    field,
                    "Integration "
                        + entry.name()
                        + " discovered "
                        + why
                        + "; the provider's OpenID Connect metadata must be fixed"));
  }

  /** Discovered endpoints come from the provider, so they are checked like the spec's own. */
  private static Optional<String> unusableDiscovery(CatalogueEntry entry) {
    OAuthSpec oauth = entry.spec().getOauth();
    DiscoveredEndpoints found = entry.discovered();
    if (oauth.getAuthorizationEndpoint() == null) {
      Optional<String> why = unusable("authorization", found.getAuthorizationEndpoint(), oauth);
      if (why.isPresent()) {
        return why;
      }
    }
    return oauth.getTokenEndpoint() == null
        ? unusable("token", found.getTokenEndpoint(), oauth)
        : Optional.empty();
  }

  /** Plain http is accepted only from a provider on a loopback address, as for issuers. */
  private static Optional<String> unusable(String name, String url, OAuthSpec oauth) {
    return UrlRules.whyNotAbsoluteHttps(url, UrlRules.isLoopbackUrl(oauth.getIssuer()))
        .map(why -> "a " + name + " endpoint '" + url + "' that " + why);
  }

  static boolean needsDiscovery(OAuthSpec oauth) {
    return oauth.getAuthorizationEndpoint() == null || oauth.getTokenEndpoint() == null;
  }

  private static boolean discovered(CatalogueEntry entry) {
    DiscoveredEndpoints found = entry.discovered();
    return found != null
        && entry.spec().getOauth().getIssuer().equals(found.getIssuer())
        && found.getAuthorizationEndpoint() != null
        && found.getTokenEndpoint() != null;
  }
}
