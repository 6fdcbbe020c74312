package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.DiscoveredEndpoints;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An integration's endpoints with the installation's connection parameters filled in. */
record Endpoints(String authorization, String token) {

  /** Endpoints given in the spec win over discovered ones. Parameters must be checked before. */
  static Endpoints of(CatalogueEntry entry, Map<String, String> parameters) {
    Endpoints templates = templates(entry);
    return new Endpoints(
        new EndpointTemplate(templates.authorization).expand(parameters),
        new EndpointTemplate(templates.token).expand(parameters));
  }

  /** The placeholders the endpoints use. */
  static Set<String> placeholders(CatalogueEntry entry) {
    Endpoints templates = templates(entry);
    Set<String> names = new HashSet<>(new EndpointTemplate(templates.authorization).placeholders());
    names.addAll(new EndpointTemplate(templates.token).placeholders());
    return names;
  }

  private static Endpoints templates(CatalogueEntry entry) {
    OAuthSpec oauth = entry.spec().getOauth();
    DiscoveredEndpoints found = entry.discovered();
    return new Endpoints(
        oauth.getAuthorizationEndpoint() != null
            ? oauth.getAuthorizationEndpoint()
            : found.getAuthorizationEndpoint(),
        oauth.getTokenEndpoint() != null ? oauth.getTokenEndpoint() : found.getTokenEndpoint());
  }

  /** Why the expanded URLs are unusable, such as a host label grown over 63 characters. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    EndpointTemplate.checkExpanded(authorization)
        .forEach(p -> problems.add("the authorization endpoint " + authorization + " " + p));
    EndpointTemplate.checkExpanded(token)
        .forEach(p -> problems.add("the token endpoint " + token + " " + p));
    return problems;
  }
}
