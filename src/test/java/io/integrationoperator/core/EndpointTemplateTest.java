package io.integrationoperator.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointTemplateTest {

  @ParameterizedTest(name = "{0} keeps hosts ending with {1}")
  @CsvSource({
    "https://login.example.com/oauth/{tenant}/authorize, login.example.com",
    "https://{subdomain}.zendesk.com/oauth/tokens, .zendesk.com",
    "https://{myDomain}.my.salesforce.com/services/oauth2/token, .my.salesforce.com",
    "https://{a}-{b}.Example.COM:8443/token, .example.com"
  })
  void fixedHostSuffixIsWhatNoPlaceholderFills(String template, String suffix) {
    EndpointTemplate endpoint = new EndpointTemplate(template);

    assertThat(endpoint.fixedHostSuffix()).isEqualTo(suffix);
    assertThat(endpoint.whyHostNotFixed()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://{host}/token",
    "https://{host}.com/token",
    "https://login.{region}/token",
    "https://{sub}.zendesk.{tld}/token"
  })
  void templateWhoseHostAValueChoosesIsRefused(String template) {
    EndpointTemplate endpoint = new EndpointTemplate(template);

    assertThat(endpoint.fixedHostSuffix()).isNull();
    assertThat(endpoint.whyHostNotFixed()).contains("cannot choose the host");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "https://{subdomain}.zendesk.com/token, https://evil.example/token",
    "https://{subdomain}.zendesk.com/token, https://zendesk.com.evil.example/token",
    "https://login.example.com/{tenant}/token, https://login.example.org/acme/token"
  })
  void expandedUrlOffTheFixedHostIsAProblem(String template, String expanded) {
    assertThat(new EndpointTemplate(template).checkExpanded(expanded))
        .singleElement()
        .asString()
        .contains("is not on the integration's host");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "https://{subdomain}.zendesk.com/token, https://acme.zendesk.com/token",
    "https://{subdomain}.zendesk.com/token, https://eu.acme.zendesk.com/token"
  })
  void expandedUrlOnTheFixedHostPasses(String template, String expanded) {
    assertThat(new EndpointTemplate(template).checkExpanded(expanded)).isEmpty();
  }
}
