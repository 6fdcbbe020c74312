package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/** The tenant's own OAuth app. */
@ValidationRule(
    value = "!has(self.clientId) || !has(self.credentialsSecretRef.clientIdKey)",
    message = "set either clientId or credentialsSecretRef.clientIdKey, not both")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OAuthOverrideSpec {
  @JsonPropertyDescription(
      "Whether to use this app. false keeps the block but uses the platform's app.")
  @Default("true")
  private Boolean enabled;

  @JsonPropertyDescription(
      "Secret in the installation's namespace holding the client secret (and the client ID "
          + "unless clientId is set).")
  @Required
  private CredentialsSecretRef credentialsSecretRef;

  @JsonPropertyDescription(
      "The client ID inline, instead of credentialsSecretRef.clientIdKey. Client IDs are public.")
  @Size(max = 512)
  private String clientId;

  @JsonPropertyDescription(
      "Scopes to request instead of the integration's default scopes. The integration's "
          + "required scopes are always added.")
  @Size(max = 64)
  @ValidationRule(value = ApiRules.SCOPE_TOKENS, message = ApiRules.SCOPE_TOKENS_MESSAGE)
  private List<String> scopes;

  @JsonPropertyDescription(
      "Redirect (callback) URL of the tenant's app: absolute https (http only for loopback "
          + "hosts), no fragment, no user info, on a host the integration allows.")
  @Size(max = 2048)
  @ValidationRule(value = ApiRules.REDIRECT_URI, message = ApiRules.REDIRECT_URI_MESSAGE)
  private String redirectUri;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public CredentialsSecretRef getCredentialsSecretRef() {
    return credentialsSecretRef;
  }

  public void setCredentialsSecretRef(CredentialsSecretRef credentialsSecretRef) {
    this.credentialsSecretRef = credentialsSecretRef;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public String getRedirectUri() {
    return redirectUri;
  }

  public void setRedirectUri(String redirectUri) {
    this.redirectUri = redirectUri;
  }
}
