package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import io.integrationoperator.core.CredentialSelection;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the installation controller watches besides installations: integrations, Secrets and the
 * ConfigMaps it publishes. A change reaches exactly the installations it concerns, through indexes
 * rather than scans.
 */
final class InstallationEventSources {
  static final String BY_INTEGRATION = "byIntegration";
  static final String BY_OVERRIDE_SECRET = "byOverrideSecret";
  static final String BY_PLATFORM_APP = "byPlatformApp";
  static final String BY_PLATFORM_SECRET = "byPlatformSecret";
  static final String BY_LABEL_VALUE = "byInstallationLabel";

  final InformerEventSource<Integration, IntegrationInstallation> integrations;
  final InformerEventSource<Secret, IntegrationInstallation> secrets;
  final InformerEventSource<ConfigMap, IntegrationInstallation> configMaps;
  final SecretContentStore secretStore = new SecretContentStore();

  private final IndexerResourceCache<IntegrationInstallation> installations;
  private final String operatorNamespace;

  InstallationEventSources(
      EventSourceContext<IntegrationInstallation> context, OperatorSettings settings) {
    this.installations = context.getPrimaryCache();
    this.operatorNamespace = settings.operatorNamespace();
    installations.addIndexer(BY_INTEGRATION, i -> List.of(integrationName(i)));
    installations.addIndexer(BY_OVERRIDE_SECRET, InstallationEventSources::overrideSecretKey);
    installations.addIndexer(BY_PLATFORM_APP, InstallationEventSources::platformAppOf);
    installations.addIndexer(
        BY_LABEL_VALUE,
        i -> List.of(labelKey(i.getMetadata().getNamespace(), i.getMetadata().getName())));

    integrations =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Integration.class, IntegrationInstallation.class)
                .withName("integrations")
                .withWatchAllNamespaces()
                .withSecondaryToPrimaryMapper(i -> installationsOf(i.getMetadata().getName()))
                .build(),
            context);
    integrations.addIndexers(Map.of(BY_PLATFORM_SECRET, InstallationEventSources::platformSecret));

    var secretConfig =
        InformerEventSourceConfiguration.from(Secret.class, IntegrationInstallation.class)
            .withName("secrets")
            .withItemStore(secretStore)
            .withSecondaryToPrimaryMapper(this::installationsUsing);
    if (!settings.watchesAllNamespaces()) {
      Set<String> namespaces = new HashSet<>(settings.watchNamespaces());
      namespaces.add(operatorNamespace);
      secretConfig.withNamespaces(namespaces);
    }
    secrets = new InformerEventSource<>(secretConfig.build(), context);
    secretStore.setReferenced(this::isReferenced);

    configMaps =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(ConfigMap.class, IntegrationInstallation.class)
                .withName("configmaps")
                .withLabelSelector(Labels.MANAGED_SELECTOR)
                .withNamespacesInheritedFromController()
                .withSecondaryToPrimaryMapper(this::publisherOf)
                .build(),
            context);
  }

  private static String integrationName(IntegrationInstallation installation) {
    var spec = installation.getSpec();
    return spec == null || spec.getIntegrationRef() == null
        ? ""
        : String.valueOf(spec.getIntegrationRef().getName());
  }

  private static List<String> overrideSecretKey(IntegrationInstallation installation) {
    var spec = installation.getSpec();
    OAuthOverrideSpec override = spec == null ? null : spec.getOauthOverride();
    if (override == null || override.getCredentialsSecretRef() == null) {
      return List.of();
    }
    String name = override.getCredentialsSecretRef().getName();
    return List.of(installation.getMetadata().getNamespace() + "/" + name);
  }

  /** The integration whose platform app the installation uses, if it uses one. */
  private static List<String> platformAppOf(IntegrationInstallation installation) {
    var spec = installation.getSpec();
    if (spec == null || CredentialSelection.usesOwnApp(spec)) {
      return List.of();
    }
    return List.of(integrationName(installation));
  }

  private static List<String> platformSecret(Integration integration) {
    var spec = integration.getSpec();
    if (spec == null
        || spec.getDefaultCredentials() == null
        || spec.getDefaultCredentials().getSecretRef() == null) {
      return List.of();
    }
    return List.of(String.valueOf(spec.getDefaultCredentials().getSecretRef().getName()));
  }

  private Set<ResourceID> installationsOf(String integration) {
    return ids(installations.byIndex(BY_INTEGRATION, integration));
  }

  private Set<ResourceID> installationsUsing(Secret secret) {
    return installationsUsing(secret.getMetadata().getNamespace(), secret.getMetadata().getName());
  }

  /** Installations whose own app is in this Secret, or that use a platform app stored in it. */
  private Set<ResourceID> installationsUsing(String namespace, String name) {
    Set<ResourceID> ids =
        new HashSet<>(ids(installations.byIndex(BY_OVERRIDE_SECRET, namespace + "/" + name)));
    if (operatorNamespace.equals(namespace)) {
      for (Integration integration : integrations.byIndex(BY_PLATFORM_SECRET, name)) {
        String integrationName = integration.getMetadata().getName();
        ids.addAll(ids(installations.byIndex(BY_PLATFORM_APP, integrationName)));
      }
    }
    return ids;
  }

  /** False while the caches are not started yet; the reconciler then reads the Secret itself. */
  private boolean isReferenced(String namespace, String name) {
    try {
      return !installationsUsing(namespace, name).isEmpty();
    } catch (RuntimeException notStartedYet) {
      return false;
    }
  }

  /**
   * The installations a published ConfigMap belongs to: its owners, and the one its label names, so
   * that a ConfigMap whose owner reference someone removed is still reported.
   */
  private Set<ResourceID> publisherOf(ConfigMap configMap) {
    String namespace = configMap.getMetadata().getNamespace();
    Set<ResourceID> ids = new HashSet<>();
    var owners = configMap.getMetadata().getOwnerReferences();
    if (owners != null) {
      owners.stream()
          .filter(o -> "IntegrationInstallation".equals(o.getKind()))
          .forEach(o -> ids.add(new ResourceID(o.getName(), namespace)));
    }
    var labels = configMap.getMetadata().getLabels();
    String label = labels == null ? null : labels.get(Labels.INSTALLATION);
    if (label != null) {
      ids.addAll(ids(installations.byIndex(BY_LABEL_VALUE, namespace + "/" + label)));
    }
    return ids;
  }

  private static String labelKey(String namespace, String name) {
    return namespace + "/" + Labels.valueFor(name);
  }

  private static Set<ResourceID> ids(List<? extends HasMetadata> resources) {
    return resources.stream().map(ResourceID::fromResource).collect(Collectors.toSet());
  }
}
