package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Objects;

/** What the operator last published for an installation, and whether it worked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class InstallationStatus {
  @JsonPropertyDescription("The metadata.generation this status describes.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "Whose OAuth app is in use: Override (the tenant's) or Default (the platform's).")
  private CredentialSource credentialSource;

  @JsonPropertyDescription("Client ID of the OAuth app in use.")
  private String clientId;

  @JsonPropertyDescription("Redirect URL in use; register it in the OAuth app.")
  private String redirectUri;

  @JsonPropertyDescription("Effective scopes.")
  private List<String> scopes;

  @JsonPropertyDescription("Name of the published ConfigMap.")
  private String configMapName;

  @JsonPropertyDescription("Changes exactly when the client ID or secret changes.")
  private String credentialsRevision;

  @JsonPropertyDescription(
      "Changes when client ID, scopes, endpoints or redirect URL change: existing connections "
          + "must re-authorize.")
  private String consentRevision;

  @JsonPropertyDescription(
      "Ready, Reconciling and Stalled, following the Kubernetes API conventions.")
  private List<Condition> conditions;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public CredentialSource getCredentialSource() {
    return credentialSource;
  }

  public void setCredentialSource(CredentialSource credentialSource) {
    this.credentialSource = credentialSource;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getRedirectUri() {
    return redirectUri;
  }

  public void setRedirectUri(String redirectUri) {
    this.redirectUri = redirectUri;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public String getConfigMapName() {
    return configMapName;
  }

  public void setConfigMapName(String configMapName) {
    this.configMapName = configMapName;
  }

  public String getCredentialsRevision() {
    return credentialsRevision;
  }

  public void setCredentialsRevision(String credentialsRevision) {
    this.credentialsRevision = credentialsRevision;
  }

  public String getConsentRevision() {
    return consentRevision;
  }

  public void setConsentRevision(String consentRevision) {
    this.consentRevision = consentRevision;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  /** Equal when every field is: the reconciler writes status only when it changed. */
  @Override
  public boolean equals(Object o) {
    return o instanceof InstallationStatus other
        && Objects.equals(observedGeneration, other.observedGeneration)
        && Objects.equals(credentialSource, other.credentialSource)
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(redirectUri, other.redirectUri)
        && Objects.equals(scopes, other.scopes)
        && Objects.equals(configMapName, other.configMapName)
        && Objects.equals(credentialsRevision, other.credentialsRevision)
        && Objects.equals(consentRevision, other.consentRevision)
        && Objects.equals(conditions, other.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        observedGeneration,
        credentialSource,
        clientId,
        redirectUri,
        scopes,
        configMapName,
        credentialsRevision,
        consentRevision,
        conditions);
  }
}
