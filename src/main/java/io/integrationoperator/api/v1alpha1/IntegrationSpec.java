package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** What an {@code Integration} declares: the provider's OAuth setup and the tenant policy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class IntegrationSpec {
  @JsonPropertyDescription("Human-readable name of the provider, shown to tenants.")
  @Size(max = 128)
  private String displayName;

  @JsonPropertyDescription("The provider's OAuth 2.0 authorization-code setup.")
  @Required
  private OAuthSpec oauth;

  @JsonPropertyDescription(
      "Tenant-supplied values that fill {placeholders} in the endpoints, such as a subdomain.")
  @Size(max = 16)
  private List<ConnectionParameterSpec> connectionParameters;

  @JsonPropertyDescription(
      "The platform's own OAuth app, used when an installation does not bring its own. "
          + "Absent: every installation must set oauthOverride.")
  private DefaultCredentialsSpec defaultCredentials;

  @JsonPropertyDescription("Whether and how tenants may use their own OAuth app.")
  private OverridePolicySpec override;

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public OAuthSpec getOauth() {
    return oauth;
  }

  public void setOauth(OAuthSpec oauth) {
    this.oauth = oauth;
  }

  public List<ConnectionParameterSpec> getConnectionParameters() {
    return connectionParameters;
  }

  public void setConnectionParameters(List<ConnectionParameterSpec> connectionParameters) {
    this.connectionParameters = connectionParameters;
  }

  public DefaultCredentialsSpec getDefaultCredentials() {
    return defaultCredentials;
  }

  public void setDefaultCredentials(DefaultCredentialsSpec defaultCredentials) {
    this.defaultCredentials = defaultCredentials;
  }

  public OverridePolicySpec getOverride() {
    return override;
  }

  public void setOverride(OverridePolicySpec override) {
    this.override = override;
  }
}
