package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/**
 * A Secret holding an OAuth client ID and secret. The namespace is implied: the installation's own
 * for a tenant app, the operator's for the platform app.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CredentialsSecretRef {
  @JsonPropertyDescription("Name of the Secret.")
  @Required
  @Size(max = 253)
  @Pattern(ApiRules.DNS_SUBDOMAIN)
  private String name;

  @JsonPropertyDescription(
      "Key of the client ID in the Secret; client-id when neither this nor an inline clientId "
          + "is set.")
  @Size(max = 253)
  @Pattern(ApiRules.SECRET_KEY)
  private String clientIdKey;

  @JsonPropertyDescription("Key of the client secret in the Secret.")
  @Default("client-secret")
  @Size(max = 253)
  @Pattern(ApiRules.SECRET_KEY)
  private String clientSecretKey;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getClientIdKey() {
    return clientIdKey;
  }

  public void setClientIdKey(String clientIdKey) {
    this.clientIdKey = clientIdKey;
  }

  public String getClientSecretKey() {
    return clientSecretKey;
  }

  public void setClientSecretKey(String clientSecretKey) {
    this.clientSecretKey = clientSecretKey;
  }
}
