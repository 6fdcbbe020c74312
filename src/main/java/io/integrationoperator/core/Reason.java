package io.integrationoperator.core;

/**
 * Why an object is in the state its conditions show. The names are the condition reasons and the
 * Kubernetes Event reasons, in UpperCamelCase.
 */
public enum Reason {
  Published(Disposition.READY),
  Valid(Disposition.READY),
  Progressing(Disposition.WAITING),
  IntegrationNotFound(Disposition.WAITING),
  IntegrationNotReady(Disposition.WAITING),
  SecretNotFound(Disposition.WAITING),
  DiscoveryPending(Disposition.WAITING),
  DiscoveryFailed(Disposition.WAITING),
  SecretKeyMissing(Disposition.STALLED),
  InvalidCredentials(Disposition.STALLED),
  OverrideNotAllowed(Disposition.STALLED),
  CredentialsRequired(Disposition.STALLED),
  ScopeNotAllowed(Disposition.STALLED),
  InvalidScope(Disposition.STALLED),
  InvalidRedirectUri(Disposition.STALLED),
  RedirectHostNotAllowed(Disposition.STALLED),
  MissingConnectionParameter(Disposition.STALLED),
  InvalidConnectionParameter(Disposition.STALLED),
  ConfigMapConflict(Disposition.STALLED),
  InvalidName(Disposition.STALLED),
  InvalidIntegration(Disposition.STALLED);

  /** What a reason means for the object's conditions. */
  public enum Disposition {
    /** Ready=True. */
    READY,
    /** Reconciling=True: waiting for something that may still appear. */
    WAITING,
    /** Stalled=True: only the user can fix it. */
    STALLED
  }

  private final Disposition disposition;

  Reason(Disposition disposition) {
    this.disposition = disposition;
  }

  public Disposition disposition() {
    return disposition;
  }
}
