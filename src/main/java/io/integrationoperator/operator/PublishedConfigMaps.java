package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an installation's ConfigMap: owned by the installation, labelled, with exactly the
 * rendered data. Writes nothing when the ConfigMap is already as desired, and never touches a
 * ConfigMap of the same name that the installation does not own.
 */
final class PublishedConfigMaps {
  private static final Logger LOG = LoggerFactory.getLogger(PublishedConfigMaps.class);

  /** What publishing did. {@code previousData} is null when the ConfigMap was created. */
  record Result(Outcome outcome, Map<String, String> previousData) {}

  enum Outcome {
    CREATED,
    UPDATED,
    /** Labels or stray binary data were put right; the data was already as desired. */
    REPAIRED,
    UNCHANGED,
    CONFLICT
  }

  private final KubernetesClient client;
  private final InformerEventSource<ConfigMap, IntegrationInstallation> cache;

  PublishedConfigMaps(
      KubernetesClient client, InformerEventSource<ConfigMap, IntegrationInstallation> cache) {
    this.client = client;
    this.cache = cache;
  }

  static String nameOf(IntegrationInstallation installation) {
    String name = installation.getSpec().getConfigMapName();
    return name == null || name.isEmpty() ? installation.getMetadata().getName() + "-oauth" : name;
  }

  /** The current ConfigMap of the installation if it owns one of that name, else null. */
  ConfigMap current(IntegrationInstallation installation) {
    ConfigMap existing = find(installation);
    return existing != null && isOwnedBy(existing, installation) ? existing : null;
  }

  Result publish(IntegrationInstallation installation, Map<String, String> data) {
    ConfigMap existing = find(installation);
    if (existing != null
        && !isOwnedBy(existing, installation)
        && !isLeftByEarlier(existing, installation)) {
      return new Result(Outcome.CONFLICT, null);
    }
    if (existing == null) {
      try {
        client.configMaps().resource(desired(installation, null, data)).create();
        return new Result(Outcome.CREATED, null);
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        existing = fetch(installation);
        if (existing == null
            || !(isOwnedBy(existing, installation) || isLeftByEarlier(existing, installation))) {
          return new Result(Outcome.CONFLICT, null);
        }
      }
    }
    if (isUpToDate(existing, installation, data)) {
      return new Result(Outcome.UNCHANGED, existing.getData());
    }
    client.configMaps().resource(desired(installation, existing, data)).update();
    Outcome outcome = Objects.equals(existing.getData(), data) ? Outcome.REPAIRED : Outcome.UPDATED;
    return new Result(outcome, existing.getData());
  }

  /** Deletes ConfigMaps the installation published under a name it no longer uses. */
  void deleteStale(IntegrationInstallation installation) {
    String current = nameOf(installation);
    String namespace = installation.getMetadata().getNamespace();
    List<ConfigMap> stale =
        cache
            .list(
                namespace,
                cm -> !cm.getMetadata().getName().equals(current) && isOwnedBy(cm, installation))
            .toList();
    for (ConfigMap cm : stale) {
      LOG.info(
          "Deleting ConfigMap {} that the installation no longer uses", cm.getMetadata().getName());
      client.configMaps().resource(cm).delete();
    }
  }

  private ConfigMap find(IntegrationInstallation installation) {
    ResourceID id = new ResourceID(nameOf(installation), installation.getMetadata().getNamespace());
    return cache.get(id).orElseGet(() -> fetch(installation));
  }

  /** ConfigMaps without our label are not cached: ask the API server. */
  private ConfigMap fetch(IntegrationInstallation installation) {
    return client
        .configMaps()
        .inNamespace(installation.getMetadata().getNamespace())
        .withName(nameOf(installation))
        .get();
  }

  static boolean isOwnedBy(ConfigMap cm, IntegrationInstallation installation) {
    List<OwnerReference> owners = cm.getMetadata().getOwnerReferences();
    return owners != null
        && owners.stream()
            .anyMatch(
                o ->
                    Boolean.TRUE.equals(o.getController())
                        && Objects.equals(o.getUid(), installation.getMetadata().getUid()));
  }

  /**
   * Whether an earlier installation of the same name, since deleted, published this ConfigMap:
   * names are unique, so that owner is gone, and the garbage collector would delete the ConfigMap.
   * The new installation takes it over instead of reporting a conflict.
   */
  private static boolean isLeftByEarlier(ConfigMap cm, IntegrationInstallation installation) {
    List<OwnerReference> owners = cm.getMetadata().getOwnerReferences();
    return owners != null && owners.stream().anyMatch(o -> isEarlierController(o, installation));
  }

  private static boolean isEarlierController(
      OwnerReference o, IntegrationInstallation installation) {
    return Boolean.TRUE.equals(o.getController())
        && Objects.equals(o.getKind(), installation.getKind())
        && Objects.equals(o.getApiVersion(), installation.getApiVersion())
        && Objects.equals(o.getName(), installation.getMetadata().getName())
        && !Objects.equals(o.getUid(), installation.getMetadata().getUid());
  }

  private static boolean isUpToDate(
      ConfigMap existing, IntegrationInstallation installation, Map<String, String> data) {
    Map<String, String> labels = existing.getMetadata().getLabels();
    return isOwnedBy(existing, installation)
        && Objects.equals(existing.getData(), data)
        && (existing.getBinaryData() == null || existing.getBinaryData().isEmpty())
        && labels != null
        && labels.entrySet().containsAll(labels(installation).entrySet());
  }

  /** The desired ConfigMap; keeps labels and annotations others added to an existing one. */
  private static ConfigMap desired(
      IntegrationInstallation installation, ConfigMap existing, Map<String, String> data) {
    Map<String, String> labels = new HashMap<>();
    Map<String, String> annotations = new HashMap<>();
    String resourceVersion = null;
    if (existing != null) {
      labels.putAll(Objects.requireNonNullElse(existing.getMetadata().getLabels(), Map.of()));
      annotations.putAll(
          Objects.requireNonNullElse(existing.getMetadata().getAnnotations(), Map.of()));
      resourceVersion = existing.getMetadata().getResourceVersion();
    }
    labels.putAll(labels(installation));
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(nameOf(installation))
        .withNamespace(installation.getMetadata().getNamespace())
        .withLabels(labels)
        .withAnnotations(annotations.isEmpty() ? null : annotations)
        .withResourceVersion(resourceVersion)
        .withOwnerReferences(owners(installation, existing))
        .endMetadata()
        .withData(data)
        .build();
  }

  private static Map<String, String> labels(IntegrationInstallation installation) {
    return Map.of(
        Labels.MANAGED_BY,
        Labels.MANAGER,
        Labels.INSTALLATION,
        Labels.valueFor(installation.getMetadata().getName()),
        Labels.INTEGRATION,
        Labels.valueFor(installation.getSpec().getIntegrationRef().getName()));
  }

  /** Our controller reference, plus any other owner someone else added. */
  private static List<OwnerReference> owners(
      IntegrationInstallation installation, ConfigMap existing) {
    List<OwnerReference> owners = new java.util.ArrayList<>();
    owners.add(ownerReference(installation));
    if (existing != null && existing.getMetadata().getOwnerReferences() != null) {
      existing.getMetadata().getOwnerReferences().stream()
          .filter(o -> !Objects.equals(o.getUid(), installation.getMetadata().getUid()))
          .filter(o -> !isEarlierController(o, installation))
          .forEach(owners::add);
    }
    return owners;
  }

  private static OwnerReference ownerReference(IntegrationInstallation installation) {
    return new OwnerReferenceBuilder()
        .withApiVersion(installation.getApiVersion())
        .withKind(installation.getKind())
        .withName(installation.getMetadata().getName())
        .withUid(installation.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
