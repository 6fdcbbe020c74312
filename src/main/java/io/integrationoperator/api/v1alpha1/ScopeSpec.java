package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/** The scope parameter of a provider and the scopes tenants may request. */
@ValidationRule(
    value =
        "self.parameter != '' || ((!has(self.default) || size(self.default) == 0)"
            + " && (!has(self.required) || size(self.required) == 0))",
    message =
        "a provider that takes no scopes (parameter \"\") cannot have default or required scopes")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ScopeSpec {
  @JsonPropertyDescription(
      "Name of the authorization request's scope query parameter. An empty string means the "
          + "provider takes no scopes.")
  @Default("scope")
  @Size(max = 64)
  private String parameter;

  @JsonPropertyDescription("Separator between scopes in the scope parameter: a space or a comma.")
  // JSON, not YAML: a bare " " would be read as null.
  @Default("\" \"")
  @Size(max = 1)
  @ValidationRule(
      value = "self == ' ' || self == ','",
      message = "separator must be \" \" or \",\"")
  private String separator;

  @JsonPropertyDescription(
      "Scopes a tenant may request. With allowedPatterns also empty, any valid scope token is "
          + "allowed.")
  @Size(max = 256)
  @ValidationRule(value = ApiRules.SCOPE_TOKENS, message = ApiRules.SCOPE_TOKENS_MESSAGE)
  private List<String> allowed;

  @JsonPropertyDescription(
      "Glob patterns of allowed scopes, where * matches any run of characters, for example "
          + "https://www.googleapis.com/auth/*.")
  @Size(max = 32)
  @ValidationRule(
      value = "self.all(s, size(s) <= 256)",
      message = "patterns are at most 256 characters long")
  private List<String> allowedPatterns;

  @JsonPropertyDescription("Scopes requested when an installation does not set its own.")
  @Size(max = 64)
  @ValidationRule(value = ApiRules.SCOPE_TOKENS, message = ApiRules.SCOPE_TOKENS_MESSAGE)
  @JsonProperty("default")
  private List<String> defaultScopes;

  @JsonPropertyDescription("Scopes always added to the effective scopes, such as offline_access.")
  @Size(max = 32)
  @ValidationRule(value = ApiRules.SCOPE_TOKENS, message = ApiRules.SCOPE_TOKENS_MESSAGE)
  private List<String> required;

  public String getParameter() {
    return parameter;
  }

  public void setParameter(String parameter) {
    this.parameter = parameter;
  }

  public String getSeparator() {
    return separator;
  }

  public void setSeparator(String separator) {
    this.separator = separator;
  }

  public List<String> getAllowed() {
    return allowed;
  }

  public void setAllowed(List<String> allowed) {
    this.allowed = allowed;
  }

  public List<String> getAllowedPatterns() {
    return allowedPatterns;
  }

  public void setAllowedPatterns(List<String> allowedPatterns) {
    this.allowedPatterns = allowedPatterns;
  }

  public List<String> getDefaultScopes() {
    return defaultScopes;
  }

  public void setDefaultScopes(List<String> defaultScopes) {
    this.defaultScopes = defaultScopes;
  }

  public List<String> getRequired() {
    return required;
  }

  public void setRequired(List<String> required) {
    this.required = required;
  }
}
