package io.integrationoperator.operator;

import io.integrationoperator.api.v1alpha1.DiscoveredEndpoints;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationStatus;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.core.IntegrationValidator;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.ProviderMetadata;
import io.integrationoperator.core.Reason;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates each {@code Integration}, discovers the endpoints of OpenID Connect providers, and
 * reports both in the integration's own Ready condition. A failed discovery is retried with
 * backoff; a failed refresh keeps the last good metadata.
 */
@ControllerConfiguration(name = IntegrationReconciler.NAME)
public class IntegrationReconciler implements Reconciler<Integration> {
  public static final String NAME = "integrations";
  private static final Logger LOG = LoggerFactory.getLogger(IntegrationReconciler.class);

  private final Clock clock;
  private final DiscoverySettings discovery;
  private final ProviderMetadataFetcher fetcher;
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  /** Integrations that reported DiscoveryPending and fetch on their next visit. */
  private final Set<String> fetchOnNextVisit = ConcurrentHashMap.newKeySet();

  private static final Duration PENDING_FETCH_DELAY = Duration.ofMillis(100);

  private final EventRecorder events;

  IntegrationReconciler(Clock clock, DiscoverySettings discovery, EventRecorder events) {
    this.clock = clock;
    this.events = events;
    this.discovery = discovery;
    this.fetcher = new ProviderMetadataFetcher(discovery.timeout());
  }

  @Override
  public UpdateControl<Integration> reconcile(Integration integration, Context<Integration> ctx) {
    LOG.debug("Reconciling integration");
    IntegrationStatus previous = integration.getStatus();
    IntegrationStatus next = new IntegrationStatus();
    next.setDiscovered(previous == null ? null : previous.getDiscovered());
    Long generation = integration.getMetadata().getGeneration();
    next.setObservedGeneration(generation == null ? 0 : generation);

    Outcome outcome = evaluate(integration, next);
    next.setConditions(
        StatusConditions.next(
            previous == null ? null : previous.getConditions(),
            outcome.verdict(),
            next.getObservedGeneration(),
            clock));

    events.onReadyTransition(
        integration, previous == null ? null : previous.getConditions(), next.getConditions());
    UpdateControl<Integration> control;
    if (Objects.equals(previous, next)) {
      control = UpdateControl.noUpdate();
    } else {
      integration.setStatus(next);
      control = UpdateControl.patchStatus(integration);
    }
    return outcome.recheck() == null ? control : control.rescheduleAfter(outcome.recheck());
  }

  /** What the status should say, and when to look again (null: on the next change). */
  private record Outcome(Verdict verdict, Duration recheck) {}

  private Outcome evaluate(Integration integration, IntegrationStatus next) {
    List<Problem> problems = IntegrationValidator.validate(integration.getSpec());
    if (!problems.isEmpty()) {
      return new Outcome(Verdict.rejected(problems), null);
    }
    OAuthSpec oauth = integration.getSpec().getOauth();
    if (oauth.getIssuer() == null) {
      next.setDiscovered(null);
      return new Outcome(valid(), null);
    }
    return discover(integration.getMetadata().getName(), oauth, next);
  }

  private Outcome discover(String name, OAuthSpec oauth, IntegrationStatus next) {
    DiscoveredEndpoints known = next.getDiscovered();
    boolean usable = known != null && oauth.getIssuer().equals(known.getIssuer());
    Duration age = usable ? age(known) : null;
    if (usable && age.compareTo(discovery.refreshPeriod()) < 0) {
      return new Outcome(valid(), discovery.refreshPeriod().minus(age));
    }

    boolean needed = oauth.getAuthorizationEndpoint() == null || oauth.getTokenEndpoint() == null;
    if (!usable && needed && !failures.containsKey(name) && fetchOnNextVisit.add(name)) {
      // Nothing to serve yet: say so at once, and fetch (which may take up to the timeout) on the
      // visit that follows.
      next.setDiscovered(null);
      Problem pending =
          new Problem(
              Reason.DiscoveryPending,
              "spec.oauth.issuer",
              "fetching the provider metadata from "
                  + oauth.getIssuer()
                  + "/.well-known/openid-configuration");
      return new Outcome(Verdict.rejected(List.of(pending)), PENDING_FETCH_DELAY);
    }
    fetchOnNextVisit.remove(name);
    ProviderMetadata.Verified fetched = fetcher.fetch(oauth.getIssuer());
    if (fetched.isOk()) {
      failures.remove(name);
      next.setDiscovered(discovered(oauth.getIssuer(), fetched.endpoints()));
      return new Outcome(valid(), discovery.refreshPeriod());
    }
    int failed = failures.merge(name, 1, Integer::sum);
    Duration retry = discovery.backoff(failed);
    // Only a failure that leaves the integration without endpoints is worth a warning; otherwise
    // the first failure is noted and the retries, as regular as the backoff, stay at debug.
    String format = "Discovery of {} failed (attempt {}, retrying in {}s): {}";
    Object[] args = {oauth.getIssuer(), failed, retry.toSeconds(), fetched.problem()};
    if (needed && !usable) {
      LOG.warn(format, args);
    } else if (failed == 1) {
      LOG.info(
          format + "; using the " + (usable ? "last good metadata" : "spec's endpoints"), args);
    } else {
      LOG.debug(format, args);
    }
    if (usable || !needed) {
      // Keep serving what is known: the last good metadata, or the endpoints given in the spec.
      return new Outcome(valid(), retry);
    }
    next.setDiscovered(null);
    Problem problem =
        new Problem(
            Reason.DiscoveryFailed,
            "spec.oauth.issuer",
            fetched.problem() + "; retrying in " + retry.toSeconds() + " seconds");
    return new Outcome(Verdict.rejected(List.of(problem)), retry);
  }

  private DiscoveredEndpoints discovered(String issuer, ProviderMetadata.Endpoints endpoints) {
    DiscoveredEndpoints discovered = new DiscoveredEndpoints();
    discovered.setIssuer(issuer);
    discovered.setAuthorizationEndpoint(endpoints.authorizationEndpoint());
    discovered.setTokenEndpoint(endpoints.tokenEndpoint());
    discovered.setLastRefreshTime(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
    return discovered;
  }

  private Duration age(DiscoveredEndpoints known) {
    try {
      Duration age = Duration.between(Instant.parse(known.getLastRefreshTime()), clock.instant());
      return age.isNegative() ? Duration.ZERO : age;
    } catch (RuntimeException unreadable) {
      return discovery.refreshPeriod();
    }
  }

  private static Verdict valid() {
    return Verdict.ready(Reason.Valid, "The integration is valid");
  }
}
