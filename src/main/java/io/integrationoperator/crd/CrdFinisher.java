package io.integrationoperator.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Adds to the generated CRDs what the generator has no annotation for: list types of map lists and
 * length bounds on the items of string lists and maps, which the API server needs to estimate the
 * cost of CEL rules. It also puts the printer columns in reading order (the generator sorts them by
 * name), with Age last as kubectl users expect. Runs in the build right after the CRD generator.
 */
public final class CrdFinisher {
  /** Map lists and their keys, by property name. */
  private static final Map<String, String> MAP_LIST_KEYS =
      Map.of("conditions", "type", "connectionParameters", "name");

  /** Maximum length of the string items of lists and maps, by property name. */
  private static final Map<String, Integer> ITEM_MAX_LENGTH =
      Map.of(
          "allowed", 256,
          "allowedPatterns", 256,
          "default", 256,
          "required", 256,
          "scopes", 256,
          "allowedRedirectHosts", 253,
          "authorizationParams", 512,
          "connectionParameters", 253);

  /** Printer columns in the order kubectl shows them; Message is shown with -o wide only. */
  private static final List<String> COLUMN_ORDER =
      List.of("Display Name", "Integration", "Source", "Ready", "Reason", "Age", "Message");

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private CrdFinisher() {}

  /** Arguments: the generator's output directory, then the directory for the finished CRDs. */
  public static void main(String[] args) throws IOException {
    Path generated = Path.of(args[0]);
    Path finished = Files.createDirectories(Path.of(args[1]));
    try (var files = Files.list(generated)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-v1.yml")).sorted().toList()) {
        JsonNode crd = YAML.readTree(file.toFile());
        finish(crd);
        String name = crd.path("metadata").path("name").asText();
        YAML.writeValue(finished.resolve(name + ".yaml").toFile(), crd);
      }
    }
  }

  static void finish(JsonNode crd) {
    for (JsonNode version : crd.path("spec").path("versions")) {
      walk(version.path("schema").path("openAPIV3Schema"));
      if (version.path("additionalPrinterColumns") instanceof ArrayNode columns) {
        orderColumns(columns);
      }
    }
  }

  private static void orderColumns(ArrayNode columns) {
    List<JsonNode> sorted = new ArrayList<>();
    columns.forEach(sorted::add);
    sorted.sort(
        Comparator.comparingInt(
            column -> {
              int index = COLUMN_ORDER.indexOf(column.path("name").asText());
              if (index < 0) {
                throw new IllegalStateException(
                    "printer column " + column.path("name") + " has no place in COLUMN_ORDER");
              }
              return index;
            }));
    columns.removeAll();
    columns.addAll(sorted);
  }

  private static void walk(JsonNode schema) {
    JsonNode properties = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      if (property.getValue() instanceof ObjectNode node) {
        finishProperty(property.getKey(), node);
        walk(node);
        walk(node.path("items"));
      }
    }
  }

  private static void requireKey(ObjectNode item, String key) {
    JsonNode required = item.path("required");
    for (JsonNode field : required) {
      if (key.equals(field.asText())) {
        return;
      }
    }
    (required.isArray() ? (ArrayNode) required : item.putArray("required")).add(key);
  }

  private static void finishProperty(String name, ObjectNode node) {
    String type = node.path("type").asText();
    if ("array".equals(type) && MAP_LIST_KEYS.containsKey(name)) {
      node.put("x-kubernetes-list-type", "map");
      node.putArray("x-kubernetes-list-map-keys").add(MAP_LIST_KEYS.get(name));
      requireKey((ObjectNode) node.path("items"), MAP_LIST_KEYS.get(name));
    }
    Integer maxLength = ITEM_MAX_LENGTH.get(name);
    JsonNode items = "array".equals(type) ? node.path("items") : node.path("additionalProperties");
    if (maxLength != null
        && items instanceof ObjectNode item
        && "string".equals(item.path("type").asText())) {
      item.put("maxLength", maxLength);
    }
  }
}
