package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.DiscoveredEndpoints;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An integration's endpoints with the installation's connection parameters filled in. */
record Endpoints(String authorization, String token) {

  /**
   * Endpoints given in the spec win over discovered ones. Parameters must be checked before. Only
   * the spec's endpoints are templates: discovered ones are the provider's, taken as they are.
   */
  static Endpoints of(CatalogueEntry entry, Map<String, String> parameters) {
    OAuthSpec oauth = entry.spec().getOauth();
    DiscoveredEndpoints found = entry.discovered();
    return new Endpoints(
        oauth.getAuthorizationEndpoint() != null
            ? new EndpointTemplate(oauth.getAuthorizationEndpoint()).expand(parameters)
            : found.getAuthorizationEndpoint(),
        oauth.getTokenEndpoint() != null
            ? new EndpointTemplate(oauth.getTokenEndpoint()).expand(parameters)
            : found.getTokenEndpoint());
  }

  /** The placeholders the spec's endpoints use. */
  static Set<String> placeholders(CatalogueEntry entry) {
    OAuthSpec oauth = entry.spec().getOauth();
    Set<String> names = new HashSet<>();
    for (String template :
        Arrays.asList(oauth.getAuthorizationEndpoint(), oauth.getTokenEndpoint())) {
      if (template != null) {
        names.addAll(new EndpointTemplate(template).placeholders());
      }
    }
    return names;
  }

  /**
   * Why the URLs expanded from the entry's templates are unusable, such as a host label grown over
   * 63 characters. Discovered endpoints are the provider's and are not checked here.
   */
  List<String> problems(CatalogueEntry entry) {
    OAuthSpec oauth = entry.spec().getOauth();
    List<String> problems = new ArrayList<>();
    check(oauth.getAuthorizationEndpoint(), authorization, "the authorization endpoint", problems);
    check(oauth.getTokenEndpoint(), token, "the token endpoint", problems);
    return problems;
  }

  private static void check(String template, String url, String name, List<String> problems) {
    if (template != null) {
      new EndpointTemplate(template)
          .checkExpanded(url)
          .forEach(p -> problems.add(name + " " + url + " " + p));
    }
  }
}
