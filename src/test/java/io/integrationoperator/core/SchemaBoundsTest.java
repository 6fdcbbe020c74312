package io.integrationoperator.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reconciler re-checks every bound of the CRD schemas (DESIGN section 6): for each maxLength,
 * maxItems and maxProperties in crds/, a value one past it is rejected with a problem at that
 * field, since CEL and schema validation are not enforced everywhere.
 */
class SchemaBoundsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A bound of the schema: the path below spec ("oauth.scopes.allowed[]"), its kind and limit. */
  record Bound(String crd, String path, String kind, int limit) {
    @Override
    public String toString() {
      return crd + " spec." + path + " " + kind + " " + limit;
    }
  }

  static Stream<Bound> bounds() throws IOException {
    List<Bound> bounds = new ArrayList<>();
    for (String crd : List.of("integrations", "integrationinstallations")) {
      JsonNode schema =
          YAML.readTree(Path.of("crds", crd + ".integration-operator.io.yaml").toFile())
              .at("/spec/versions/0/schema/openAPIV3Schema/properties/spec");
      collect(crd, schema, "", bounds);
    }
    return bounds.stream();
  }

  private static void collect(String crd, JsonNode node, String path, List<Bound> bounds) {
    for (String kind : List.of("maxLength", "maxItems", "maxProperties")) {
      if (node.has(kind)) {
        bounds.add(new Bound(crd, path, kind, node.get(kind).asInt()));
      }
    }
    node.path("properties")
        .fields()
        .forEachRemaining(
            f ->
                collect(
                    crd,
                    f.getValue(),
                    path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                    bounds));
    if (node.has("items")) {
      collect(crd, node.get("items"), path + "[]", bounds);
    }
    if (node.path("additionalProperties").isObject()) {
      collect(crd, node.get("additionalProperties"), path + "{}", bounds);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bounds")
  void aValueOnePastTheBoundIsRejectedAtItsField(Bound bound) {
    boolean integration = bound.crd().equals("integrations");
    ObjectNode spec = JSON.valueToTree(integration ? anyScopeZendesk() : installationWithOwnApp());
    set(spec, bound.path(), oversize(bound));
    String field = "spec." + bound.path().replace("[]", "").replace("{}", "");

    List<Problem> problems =
        integration
            ? IntegrationValidator.validate(JSON.convertValue(spec, IntegrationSpec.class))
            : Fixtures.scenario()
                .integration(i -> i.getOauth().getScopes().setAllowed(null))
                .installation(i -> copy(JSON.convertValue(spec, InstallationSpec.class), i))
                .secret(Fixtures.tenantSecret("tenant-secret"))
                .problems();

    assertThat(problems)
        .as("problems for %s", bound)
        .anySatisfy(
            p -> {
              assertThat(p.reason().disposition()).isEqualTo(Reason.Disposition.STALLED);
              assertThat(field.startsWith(stripIndex(p.field())) || p.field().startsWith(field))
                  .as("%s names %s", p, field)
                  .isTrue();
            });
  }

  private static IntegrationSpec anyScopeZendesk() {
    IntegrationSpec spec = Fixtures.zendesk();
    spec.getOauth().getScopes().setAllowed(null);
    return spec;
  }

  private static InstallationSpec installationWithOwnApp() {
    InstallationSpec spec = Fixtures.installation();
    spec.setOauthOverride(Fixtures.override());
    return spec;
  }

  private static void copy(InstallationSpec from, InstallationSpec to) {
    to.setIntegrationRef(from.getIntegrationRef());
    to.setConnectionParameters(from.getConnectionParameters());
    to.setOauthOverride(from.getOauthOverride());
    to.setConfigMapName(from.getConfigMapName());
  }

  private static String stripIndex(String field) {
    return field.replaceAll("\\[\\d+]", "");
  }

  /** A value one past the bound, shaped for the field. */
  private static JsonNode oversize(Bound bound) {
    int n = bound.limit() + 1;
    return switch (bound.kind()) {
      case "maxLength" -> JSON.valueToTree(longString(bound.path(), n));
      case "maxItems" -> {
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < n; i++) {
          items.add(item(bound.path(), i));
        }
        yield items;
      }
      default -> {
        ObjectNode map = JSON.createObjectNode();
        for (int i = 0; i < n; i++) {
          map.put("p" + i, "v");
        }
        yield map;
      }
    };
  }

  private static String longString(String path, int length) {
    String prefix =
        path.endsWith("Endpoint") || path.endsWith("redirectUri") || path.endsWith("issuer")
            ? "https://example.com/"
            : "";
    return prefix + "a".repeat(Math.max(1, length - prefix.length()));
  }

  /** Item {@code i} of a list: valid on its own, so that only the count is at fault. */
  private static JsonNode item(String path, int i) {
    if (path.equals("connectionParameters")) {
      return JSON.createObjectNode()
          .put("name", i == 0 ? "subdomain" : "p" + i)
          .put("required", false);
    }
    if (path.endsWith("allowedRedirectHosts")) {
      return JSON.valueToTree("h" + i + ".example.com");
    }
    return JSON.valueToTree(i == 0 ? "read" : "s" + i);
  }

  /** Sets the value at a path of the form a.b[].c{} (first item, some key), creating parents. */
  private static void set(ObjectNode root, String path, JsonNode value) {
    String[] segments = path.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      String segment = segments[i];
      boolean item = segment.endsWith("[]");
      boolean entry = segment.endsWith("{}");
      String name = segment.replace("[]", "").replace("{}", "");
      ObjectNode parent = (ObjectNode) node;
      if (item) {
        ArrayNode array =
            parent.get(name) instanceof ArrayNode a && !a.isEmpty() ? a : parent.putArray(name);
        if (array.isEmpty()) {
          array.add(last ? value : JSON.createObjectNode().put("name", "p0"));
        } else if (last) {
          array.set(0, value);
        }
        node = array.get(0);
      } else if (entry) {
        ObjectNode map = parent.get(name) instanceof ObjectNode o ? o : parent.putObject(name);
        String key = map.fieldNames().hasNext() ? map.fieldNames().next() : "subdomain";
        if (last) {
          map.set(key, value);
        }
        node = map.get(key);
      } else if (last) {
        parent.set(name, value);
      } else {
        node = parent.get(name) instanceof ObjectNode o ? o : parent.putObject(name);
      }
    }
  }
}
