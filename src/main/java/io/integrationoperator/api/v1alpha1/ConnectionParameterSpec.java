package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** A tenant value that fills a {placeholder} in the integration's endpoints. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ConnectionParameterSpec {
  @JsonPropertyDescription("Placeholder name, as used in {name} in the endpoints.")
  @Required
  @Size(max = 63)
  @Pattern("^[a-zA-Z][a-zA-Z0-9_]{0,62}$")
  private String name;

  @JsonPropertyDescription("What the tenant must give, shown in errors.")
  @Size(max = 1024)
  private String description;

  @JsonPropertyDescription(
      "Regular expression (RE2 syntax, anchored with ^ and $) every value must match. Values "
          + "may never contain characters that change the URL's structure.")
  @Size(max = 512)
  private String pattern;

  @JsonPropertyDescription("Whether every installation must give this parameter.")
  @Default("true")
  private Boolean required;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  public Boolean getRequired() {
    return required;
  }

  public void setRequired(Boolean required) {
    this.required = required;
  }
}
