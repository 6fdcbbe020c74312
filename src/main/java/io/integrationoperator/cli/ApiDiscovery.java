package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.APIVersionsBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscoveryBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionNames;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The API discovery documents ({@code /api}, {@code /apis} and each group version) that clients
 * such as kubectl read before anything else, which fabric8's mock server does not serve: the
 * built-in kinds the operator and the examples use, and every CRD the stand-in holds.
 */
final class ApiDiscovery {
  private static final List<String> VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  /** The built-in kinds by group version: name, kind, namespaced, short names. */
  private static final Map<String, List<APIResource>> BUILT_IN = new LinkedHashMap<>();

  static {
    BUILT_IN.put(
        "v1",
        List.of(
            resource("namespaces", "Namespace", false, "ns"),
            resource("configmaps", "ConfigMap", true, "cm"),
            resource("secrets", "Secret", true),
            resource("events", "Event", true, "ev"),
            resource("serviceaccounts", "ServiceAccount", true, "sa"),
            resource("services", "Service", true, "svc"),
            resource("pods", "Pod", true, "po")));
    BUILT_IN.put("coordination.k8s.io/v1", List.of(resource("leases", "Lease", true)));
    BUILT_IN.put(
        "apiextensions.k8s.io/v1",
        List.of(
            resource(
                "customresourcedefinitions", "CustomResourceDefinition", false, "crd", "crds")));
  }

  private final KubernetesSerialization serialization;

  ApiDiscovery(KubernetesSerialization serialization) {
    this.serialization = serialization;
  }

  /**
   * Whether a GET of {@code path} asks for a discovery document: /api, /apis, a group or a version.
   */
  static boolean isDiscoveryPath(String path) {
    return path.matches("^/api(/v1)?$|^/apis(/[^/]+(/[^/]+)?)?$");
  }

  /** The document for a GET of {@code path}, or empty when the path is not a discovery path. */
  Optional<String> answer(String path, Supplier<List<CustomResourceDefinition>> crds) {
    if (path.equals("/api")) {
      return Optional.of(serialization.asJson(new APIVersionsBuilder().withVersions("v1").build()));
    }
    Map<String, List<APIResource>> groups = new LinkedHashMap<>();
    BUILT_IN.forEach((gv, resources) -> groups.put(gv, new ArrayList<>(resources)));
    for (CustomResourceDefinition crd : crds.get()) {
      for (var version : crd.getSpec().getVersions()) {
        if (!Boolean.FALSE.equals(version.getServed())) {
          boolean status =
              version.getSubresources() != null && version.getSubresources().getStatus() != null;
          groups
              .computeIfAbsent(
                  crd.getSpec().getGroup() + "/" + version.getName(), k -> new ArrayList<>())
              .addAll(resources(crd, status));
        }
      }
    }
    APIGroupList list = groupList(groups);
    if (path.equals("/apis")) {
      return Optional.of(serialization.asJson(list));
    }
    String[] parts = path.split("/");
    if (path.startsWith("/apis/") && parts.length == 3) {
      return list.getGroups().stream()
          .filter(g -> g.getName().equals(parts[2]))
          .findFirst()
          .map(serialization::asJson);
    }
    String groupVersion = path.equals("/api/v1") ? "v1" : path.replaceFirst("^/apis/", "");
    if (!path.startsWith("/api") || !groups.containsKey(groupVersion)) {
      return Optional.empty();
    }
    return Optional.of(
        serialization.asJson(
            new APIResourceListBuilder()
                .withGroupVersion(groupVersion)
                .withResources(groups.get(groupVersion))
                .build()));
  }

  private static APIGroupList groupList(Map<String, List<APIResource>> groups) {
    APIGroupListBuilder list = new APIGroupListBuilder();
    Map<String, List<String>> versions = new LinkedHashMap<>();
    groups.keySet().stream()
        .filter(gv -> gv.contains("/"))
        .forEach(
            gv ->
                versions
                    .computeIfAbsent(gv.substring(0, gv.indexOf('/')), g -> new ArrayList<>())
                    .add(gv));
    versions.forEach(
        (group, groupVersions) -> {
          var discovered =
              groupVersions.stream()
                  .map(
                      gv ->
                          new GroupVersionForDiscoveryBuilder()
                              .withGroupVersion(gv)
                              .withVersion(gv.substring(gv.indexOf('/') + 1))
                              .build())
                  .toList();
          list.addToGroups(
              new APIGroupBuilder()
                  .withName(group)
                  .withVersions(discovered)
                  .withPreferredVersion(discovered.get(0))
                  .build());
        });
    return list.build();
  }

  private static List<APIResource> resources(CustomResourceDefinition crd, boolean hasStatus) {
    CustomResourceDefinitionNames names = crd.getSpec().getNames();
    boolean namespaced = "Namespaced".equals(crd.getSpec().getScope());
    APIResource main =
        new APIResourceBuilder(
                resource(
                    names.getPlural(),
                    names.getKind(),
                    namespaced,
                    names.getShortNames() == null
                        ? new String[0]
                        : names.getShortNames().toArray(String[]::new)))
            .withSingularName(names.getSingular())
            .withCategories(names.getCategories())
            .build();
    APIResource status =
        new APIResourceBuilder()
            .withName(names.getPlural() + "/status")
            .withKind(names.getKind())
            .withNamespaced(namespaced)
            .withVerbs("get", "patch", "update")
            .build();
    return hasStatus ? List.of(main, status) : List.of(main);
  }

  private static APIResource resource(
      String name, String kind, boolean namespaced, String... shortNames) {
    return new APIResourceBuilder()
        .withName(name)
        .withSingularName(kind.toLowerCase(java.util.Locale.ROOT))
        .withKind(kind)
        .withNamespaced(namespaced)
        .withVerbs(VERBS)
        .withShortNames(shortNames.length == 0 ? null : List.of(shortNames))
        .build();
  }
}
