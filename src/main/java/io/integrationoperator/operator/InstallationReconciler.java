package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.integrationoperator.api.v1alpha1.InstallationStatus;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.core.CatalogueEntry;
import io.integrationoperator.core.CredentialsSecret;
import io.integrationoperator.core.InstallationRequest;
import io.integrationoperator.core.InstallationResolver;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import io.integrationoperator.core.Resolution;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves each {@code IntegrationInstallation} with the core, publishes the result into its
 * ConfigMap and reports in its status. An invalid installation keeps its last published config.
 */
@ControllerConfiguration(name = InstallationReconciler.NAME)
public class InstallationReconciler implements Reconciler<IntegrationInstallation> {
  public static final String NAME = "installations";
  private static final Logger LOG = LoggerFactory.getLogger(InstallationReconciler.class);

  /** How often an installation in conflict over its ConfigMap name checks the name again. */
  static final Duration CONFLICT_RECHECK = Duration.ofSeconds(30);

  private final OperatorSettings settings;
  private final Clock clock;
  private final InstallationStatuses statuses;
  private InstallationEventSources sources;
  private PublishedConfigMaps configMaps;
  private CredentialsSecrets secrets;
  private InstallationEvents events;
  private volatile IndexerResourceCache<IntegrationInstallation> cache;

  public InstallationReconciler(OperatorSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.statuses = new InstallationStatuses(clock);
  }

  @Override
  public List<EventSource<?, IntegrationInstallation>> prepareEventSources(
      EventSourceContext<IntegrationInstallation> context) {
    cache = context.getPrimaryCache();
    sources = new InstallationEventSources(context, settings);
    configMaps = new PublishedConfigMaps(context.getClient(), sources.configMaps);
    secrets = new CredentialsSecrets(context.getClient(), sources.secrets, sources.secretStore);
    events = new InstallationEvents(new EventRecorder(context.getClient(), clock));
    return List.of(sources.integrations, sources.secrets, sources.configMaps);
  }

  /** The installations in the informer cache; empty before the controller started. */
  Stream<IntegrationInstallation> cached() {
    IndexerResourceCache<IntegrationInstallation> current = cache;
    return current == null ? Stream.empty() : current.list();
  }

  @Override
  public UpdateControl<IntegrationInstallation> reconcile(
      IntegrationInstallation installation, Context<IntegrationInstallation> context) {
    LOG.debug("Reconciling installation");
    InstallationStatus previous = installation.getStatus();
    InstallationStatus next = resolveAndPublish(installation);

    events.onTransition(installation, previous, next);
    logTransition(installation, previous, next);
    boolean conflict = Reason.ConfigMapConflict.name().equals(readyReason(next));
    if (!Objects.equals(previous, next)) {
      // Cached at once: a reconcile triggered by our own ConfigMap write must start from it.
      PrimaryUpdateAndCacheUtils.patchStatusAndCacheResource(
          installation,
          context,
          i -> {
            i.setStatus(next);
            return i;
          });
    }
    // A foreign ConfigMap carries none of our labels, so its deletion sends no event: look again.
    return conflict
        ? UpdateControl.<IntegrationInstallation>noUpdate().rescheduleAfter(CONFLICT_RECHECK)
        : UpdateControl.noUpdate();
  }

  private static String readyReason(InstallationStatus status) {
    Condition ready = StatusConditions.find(status.getConditions(), StatusConditions.READY);
    return ready == null ? null : ready.getReason();
  }

  private InstallationStatus resolveAndPublish(IntegrationInstallation installation) {
    if (installation.getSpec() == null || installation.getSpec().getIntegrationRef() == null) {
      Problem missing =
          new Problem(Reason.IntegrationNotFound, "spec.integrationRef.name", "is required");
      return statuses.rejected(installation, List.of(missing));
    }
    Resolution resolution = InstallationResolver.resolve(request(installation));
    if (resolution instanceof Resolution.Rejected rejected) {
      return statuses.rejected(installation, rejected.problems());
    }
    var authorization = ((Resolution.Resolved) resolution).authorization();
    var data = io.integrationoperator.core.PublishedConfig.render(authorization);
    PublishedConfigMaps.Result result = configMaps.publish(installation, data);
    if (result.outcome() == PublishedConfigMaps.Outcome.CONFLICT) {
      return statuses.rejected(installation, List.of(conflict(installation)));
    }
    configMaps.deleteStale(installation);
    events.onPublish(installation, authorization, result);
    return statuses.published(installation, authorization);
  }

  private InstallationRequest request(IntegrationInstallation installation) {
    String namespace = installation.getMetadata().getNamespace();
    var spec = installation.getSpec();
    CatalogueEntry entry =
        sources
            .integrations
            .get(new ResourceID(spec.getIntegrationRef().getName()))
            .map(InstallationReconciler::entry)
            .orElse(null);
    CredentialsSecret secret =
        InstallationResolver.secretToRead(
                namespace, spec, entry == null ? null : entry.spec(), settings.operatorNamespace())
            .map(s -> secrets.read(s.secretNamespace(), s.secretRef().getName()))
            .orElse(null);
    return new InstallationRequest(
        namespace,
        installation.getMetadata().getName(),
        spec,
        entry,
        secret,
        settings.operatorNamespace());
  }

  /** An integration as the core sees it: its name, spec and discovered endpoints. */
  public static CatalogueEntry entry(Integration integration) {
    var status = integration.getStatus();
    return new CatalogueEntry(
        integration.getMetadata().getName(),
        integration.getSpec(),
        status == null ? null : status.getDiscovered());
  }

  private static Problem conflict(IntegrationInstallation installation) {
    return new Problem(
        Reason.ConfigMapConflict,
        "spec.configMapName",
        "ConfigMap "
            + PublishedConfigMaps.nameOf(installation)
            + " already exists and does not belong to this installation; it was left untouched."
            + " Set spec.configMapName to another name, or delete that ConfigMap");
  }

  @Override
  public ErrorStatusUpdateControl<IntegrationInstallation> updateErrorStatus(
      IntegrationInstallation installation, Context<IntegrationInstallation> context, Exception e) {
    LOG.debug("Reconciliation failed, will retry: {}", e.toString());
    InstallationStatus previous = installation.getStatus();
    if (previous != null && StatusConditions.find(previous.getConditions(), "Ready") != null) {
      return ErrorStatusUpdateControl.defaultErrorProcessing();
    }
    installation.setStatus(
        statuses.working(installation, "Retrying after an error: " + e.getMessage()));
    return ErrorStatusUpdateControl.patchStatus(installation);
  }

  private static void logTransition(
      IntegrationInstallation installation, InstallationStatus previous, InstallationStatus next) {
    Condition before =
        previous == null ? null : StatusConditions.find(previous.getConditions(), "Ready");
    Condition after = StatusConditions.find(next.getConditions(), "Ready");
    if (before == null || !Objects.equals(before.getReason(), after.getReason())) {
      LOG.info(
          "Installation {}/{} is now Ready={} ({}), was {}",
          installation.getMetadata().getNamespace(),
          installation.getMetadata().getName(),
          after.getStatus(),
          after.getReason(),
          before == null ? "new" : before.getStatus() + " (" + before.getReason() + ")");
    }
  }
}
