package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** Where the platform's own OAuth app credentials are. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DefaultCredentialsSpec {
  @JsonPropertyDescription(
      "Secret in the operator's namespace that holds the platform app's client ID and secret.")
  @Required
  private CredentialsSecretRef secretRef;

  public CredentialsSecretRef getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(CredentialsSecretRef secretRef) {
    this.secretRef = secretRef;
  }
}
