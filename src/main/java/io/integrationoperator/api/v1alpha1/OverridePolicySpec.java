package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/** The provider's policy on tenants bringing their own OAuth app. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OverridePolicySpec {
  @JsonPropertyDescription("Whether installations may use their own OAuth app (oauthOverride).")
  @Default("true")
  private Boolean allowed;

  @JsonPropertyDescription(
      "Hosts a tenant may use in its own redirectUri, besides the host of the integration's "
          + "redirectUri.")
  @Size(max = 32)
  @ValidationRule(
      value =
          "self.all(h, size(h) <= 253"
              + " && h.matches('^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$'))",
      message = "each host is a lower-case DNS name, optionally with a port")
  private List<String> allowedRedirectHosts;

  @JsonPropertyDescription(
      "Provider policy shown in an installation's status when it uses its own app.")
  @Size(max = 1024)
  private String notice;

  public Boolean getAllowed() {
    return allowed;
  }

  public void setAllowed(Boolean allowed) {
    this.allowed = allowed;
  }

  public List<String> getAllowedRedirectHosts() {
    return allowedRedirectHosts;
  }

  public void setAllowedRedirectHosts(List<String> allowedRedirectHosts) {
    this.allowedRedirectHosts = allowedRedirectHosts;
  }

  public String getNotice() {
    return notice;
  }

  public void setNotice(String notice) {
    this.notice = notice;
  }
}
