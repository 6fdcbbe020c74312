package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;

/** What a tenant installs: which integration, its connection values and an optional own app. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class InstallationSpec {
  @JsonPropertyDescription("The Integration (catalogue entry) to install.")
  @Required
  private IntegrationRef integrationRef;

  @JsonPropertyDescription("Values for the integration's connection parameters, by name.")
  @Size(max = 16)
  @ValidationRule(
      value = "self.all(k, size(k) <= 63 && size(self[k]) <= 253)",
      message = "parameter names are at most 63 and values at most 253 characters long")
  private Map<String, String> connectionParameters;

  @JsonPropertyDescription("Use the tenant's own OAuth app instead of the platform's.")
  private OAuthOverrideSpec oauthOverride;

  @JsonPropertyDescription("Name of the published ConfigMap; <metadata.name>-oauth when empty.")
  @Size(max = 253)
  @Pattern(ApiRules.DNS_SUBDOMAIN)
  private String configMapName;

  public IntegrationRef getIntegrationRef() {
    return integrationRef;
  }

  public void setIntegrationRef(IntegrationRef integrationRef) {
    this.integrationRef = integrationRef;
  }

  public Map<String, String> getConnectionParameters() {
    return connectionParameters;
  }

  public void setConnectionParameters(Map<String, String> connectionParameters) {
    this.connectionParameters = connectionParameters;
  }

  public OAuthOverrideSpec getOauthOverride() {
    return oauthOverride;
  }

  public void setOauthOverride(OAuthOverrideSpec oauthOverride) {
    this.oauthOverride = oauthOverride;
  }

  public String getConfigMapName() {
    return configMapName;
  }

  public void setConfigMapName(String configMapName) {
    this.configMapName = configMapName;
  }
}
