package io.integrationoperator.operator;

import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URI;

/**
 * A request to the API server as RBAC sees it: verb, API group, resource, subresource and namespace
 * (null for cluster-scoped resources and requests across all namespaces).
 */
record ApiRequest(
    String verb, String group, String resource, String subresource, String namespace) {

  static ApiRequest of(RecordedRequest request) {
    URI uri = URI.create(request.getPath());
    String[] parts = uri.getPath().substring(1).split("/");
    int i;
    String group;
    if (parts[0].equals("api")) {
      group = "";
      i = 2;
    } else {
      group = parts[1];
      i = 3;
    }
    String namespace = null;
    if (i + 1 < parts.length && parts[i].equals("namespaces") && i + 2 < parts.length) {
      namespace = parts[i + 1];
      i += 2;
    }
    String resource = parts[i];
    String name = i + 1 < parts.length ? parts[i + 1] : null;
    String subresource = i + 2 < parts.length ? parts[i + 2] : null;
    String query = uri.getQuery() == null ? "" : uri.getQuery();
    return new ApiRequest(
        verb(request.getMethod(), name, query), group, resource, subresource, namespace);
  }

  private static String verb(String method, String name, String query) {
    return switch (method) {
      case "GET" -> query.contains("watch=true") ? "watch" : name == null ? "list" : "get";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> name == null ? "deletecollection" : "delete";
      default -> method.toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** As {@code RenderedRbac.grantedRules()} writes rules: {@code group/resource[/sub]:verb}. */
  String rule() {
    return (group.isEmpty() ? "core" : group)
        + "/"
        + resource
        + (subresource == null ? "" : "/" + subresource)
        + ":"
        + verb;
  }
}
