package io.integrationoperator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the chart's RBAC lets the operator's ServiceAccount do, evaluated the way the API server's
 * RBAC authorizer does: only rules reached through a rendered RoleBinding or ClusterRoleBinding
 * whose subject is the chart's ServiceAccount count. A RoleBinding grants only in its own namespace
 * and never on cluster-scoped resources; a ClusterRoleBinding grants everywhere.
 */
public final class RenderedRbac {

  private record Grant(String namespace, PolicyRule rule) {}

  private final List<Grant> grants;

  private RenderedRbac(List<Grant> grants) {
    this.grants = List.copyOf(grants);
  }

  /** Renders the committed chart with {@code values} (Helm {@code --set} keys) and reads it. */
  public static RenderedRbac render(Map<String, Object> values) {
    return of(HelmChart.committed().render(values));
  }

  static RenderedRbac of(RenderedChart chart) {
    String account =
        chart.single("Deployment").at("/spec/template/spec/serviceAccountName").asText();
    List<Grant> grants = new ArrayList<>();
    for (JsonNode document : chart.ofKind("ClusterRoleBinding")) {
      ClusterRoleBinding binding = chart.as(document, ClusterRoleBinding.class);
      if (bindsTo(binding.getSubjects(), account)) {
        rulesOf(chart, binding.getRoleRef(), null).forEach(r -> grants.add(new Grant(null, r)));
      }
    }
    for (JsonNode document : chart.ofKind("RoleBinding")) {
      RoleBinding binding = chart.as(document, RoleBinding.class);
      String namespace = binding.getMetadata().getNamespace();
      if (bindsTo(binding.getSubjects(), account)) {
        rulesOf(chart, binding.getRoleRef(), namespace)
            .forEach(r -> grants.add(new Grant(namespace, r)));
      }
    }
    return new RenderedRbac(grants);
  }

  /**
   * Whether the ServiceAccount may use {@code verb} on {@code resource} (with {@code subresource},
   * or null) in {@code namespace} (null for cluster-scoped resources). Rules limited by
   * resourceNames count as allowing, since no name is asked about.
   */
  public boolean allows(
      String apiGroup, String resource, String subresource, String verb, String namespace) {
    return allows(apiGroup, resource, subresource, verb, namespace, null);
  }

  /** As {@link #allows(String, String, String, String, String)}, for one named object. */
  public boolean allows(
      String apiGroup,
      String resource,
      String subresource,
      String verb,
      String namespace,
      String resourceName) {
    return grants.stream()
        .filter(g -> g.namespace() == null || g.namespace().equals(namespace))
        .map(Grant::rule)
        .anyMatch(
            rule ->
                matches(rule.getApiGroups(), apiGroup)
                    && matchesResource(rule.getResources(), resource, subresource)
                    && matches(rule.getVerbs(), verb)
                    && matchesName(rule.getResourceNames(), resourceName));
  }

  /**
   * Every granted combination as {@code group/resource[/subresource]:verb}, with the core group
   * written {@code core} and wildcards kept as {@code *}; namespaces and resourceNames left out.
   */
  public Set<String> grantedRules() {
    Set<String> granted = new TreeSet<>();
    for (Grant grant : grants) {
      PolicyRule rule = grant.rule();
      for (String group : rule.getApiGroups()) {
        for (String resource : rule.getResources()) {
          for (String verb : rule.getVerbs()) {
            granted.add((group.isEmpty() ? "core" : group) + "/" + resource + ":" + verb);
          }
        }
      }
    }
    return granted;
  }

  private static boolean bindsTo(List<Subject> subjects, String account) {
    return subjects.stream()
        .anyMatch(
            s ->
                "ServiceAccount".equals(s.getKind())
                    && account.equals(s.getName())
                    && HelmChart.NAMESPACE.equals(s.getNamespace()));
  }

  private static List<PolicyRule> rulesOf(RenderedChart chart, RoleRef ref, String namespace) {
    if ("ClusterRole".equals(ref.getKind())) {
      return find(chart, "ClusterRole", ref.getName(), null)
          .map(d -> chart.as(d, ClusterRole.class).getRules())
          .orElse(List.of());
    }
    return find(chart, "Role", ref.getName(), namespace)
        .map(d -> chart.as(d, Role.class).getRules())
        .orElse(List.of());
  }

  private static Optional<JsonNode> find(
      RenderedChart chart, String kind, String name, String namespace) {
    return chart.ofKind(kind).stream()
        .filter(d -> name.equals(d.at("/metadata/name").asText()))
        .filter(d -> namespace == null || namespace.equals(d.at("/metadata/namespace").asText()))
        .map(JsonNode.class::cast)
        .findFirst();
  }

  private static boolean matches(List<String> allowed, String value) {
    return allowed.contains("*") || allowed.contains(value);
  }

  private static boolean matchesResource(List<String> allowed, String resource, String sub) {
    String requested = sub == null || sub.isEmpty() ? resource : resource + "/" + sub;
    return allowed.contains("*")
        || allowed.contains(requested)
        || (requested.contains("/") && allowed.contains("*/" + sub));
  }

  private static boolean matchesName(List<String> allowed, String name) {
    return name == null || allowed == null || allowed.isEmpty() || allowed.contains(name);
  }
}
