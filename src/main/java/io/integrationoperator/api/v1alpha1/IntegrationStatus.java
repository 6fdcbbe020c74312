package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Objects;

/** Whether an integration is valid and what OpenID Connect discovery found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class IntegrationStatus {
  @JsonPropertyDescription("The metadata.generation this status describes.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "Ready, Reconciling and Stalled, following the Kubernetes API conventions.")
  private List<Condition> conditions;

  @JsonPropertyDescription(
      "Endpoints found by OpenID Connect discovery, when spec.oauth.issuer is set.")
  private DiscoveredEndpoints discovered;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public DiscoveredEndpoints getDiscovered() {
    return discovered;
  }

  public void setDiscovered(DiscoveredEndpoints discovered) {
    this.discovered = discovered;
  }

  /** Equal when every field is: the reconciler writes status only when it changed. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IntegrationStatus other
        && Objects.equals(observedGeneration, other.observedGeneration)
        && Objects.equals(conditions, other.conditions)
        && Objects.equals(discovered, other.discovered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions, discovered);
  }
}
