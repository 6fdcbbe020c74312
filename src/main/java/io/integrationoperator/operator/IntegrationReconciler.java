package io.integrationoperator.operator;

import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationStatus;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.core.IntegrationValidator;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Validates each {@code Integration} and reports it in the integration's own Ready condition. */
@ControllerConfiguration(name = IntegrationReconciler.NAME)
public class IntegrationReconciler implements Reconciler<Integration> {
  public static final String NAME = "integrations";
  private static final Logger LOG = LoggerFactory.getLogger(IntegrationReconciler.class);

  private final Clock clock;

  public IntegrationReconciler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UpdateControl<Integration> reconcile(Integration integration, Context<Integration> ctx) {
    LOG.debug("Reconciling integration");
    IntegrationStatus previous = integration.getStatus();
    IntegrationStatus next = new IntegrationStatus();
    if (previous != null) {
      next.setDiscovered(previous.getDiscovered());
    }
    Long generation = integration.getMetadata().getGeneration();
    next.setObservedGeneration(generation == null ? 0 : generation);
    next.setConditions(
        StatusConditions.next(
            previous == null ? null : previous.getConditions(),
            verdict(integration),
            next.getObservedGeneration(),
            clock));
    if (Objects.equals(previous, next)) {
      return UpdateControl.noUpdate();
    }
    integration.setStatus(next);
    return UpdateControl.patchStatus(integration);
  }

  private static Verdict verdict(Integration integration) {
    List<Problem> problems = IntegrationValidator.validate(integration.getSpec());
    if (!problems.isEmpty()) {
      return Verdict.rejected(problems);
    }
    OAuthSpec oauth = integration.getSpec().getOauth();
    if (oauth.getAuthorizationEndpoint() == null || oauth.getTokenEndpoint() == null) {
      return Verdict.rejected(
          List.of(
              new Problem(
                  Reason.DiscoveryPending,
                  "spec.oauth.issuer",
                  "OpenID Connect discovery of "
                      + oauth.getIssuer()
                      + " has not run: this operator version does not fetch provider metadata"
                      + " yet. Set spec.oauth.authorizationEndpoint and spec.oauth.tokenEndpoint")));
    }
    return Verdict.ready(Reason.Valid, "The integration is valid");
  }
}
