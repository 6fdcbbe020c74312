package io.integrationoperator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a list or an object of a custom resource into a {@code meta.k8s.io/v1} Table with the CRD's
 * printer columns, as an API server does for {@code kubectl get}. JSONPaths are the simple ones
 * CRDs use: fields, and a list filtered by one field ({@code conditions[?(@.type=="Ready")]}).
 */
final class PrinterColumns {
  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z0-9_-]+)(\\[\\?\\(@\\.([A-Za-z0-9_-]+)==\"([^\"]*)\"\\)])?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;

  PrinterColumns(Clock clock) {
    this.clock = clock;
  }

  /** The Table for {@code body}, a list or a single object of the CRD's kind. */
  String table(CustomResourceDefinition crd, String version, String body) throws Exception {
    List<CustomResourceColumnDefinition> columns =
        crd.getSpec().getVersions().stream()
            .filter(v -> v.getName().equals(version))
            .findFirst()
            .map(v -> v.getAdditionalPrinterColumns())
            .orElse(List.of());
    JsonNode content = JSON.readTree(body);
    ObjectNode table =
        JSON.createObjectNode().put("kind", "Table").put("apiVersion", "meta.k8s.io/v1");
    table
        .putObject("metadata")
        .set("resourceVersion", content.path("metadata").path("resourceVersion"));
    ArrayNode definitions = table.putArray("columnDefinitions");
    definitions.addObject().put("name", "Name").put("type", "string").put("format", "name");
    for (CustomResourceColumnDefinition column : columns) {
      definitions
          .addObject()
          .put("name", column.getName())
          .put("type", column.getType().equals("date") ? "string" : column.getType())
          .put("priority", column.getPriority() == null ? 0 : column.getPriority());
    }
    ArrayNode rows = table.putArray("rows");
    List<JsonNode> items = new ArrayList<>();
    content.path("items").forEach(items::add);
    if (!content.has("items")) {
      items.add(content);
    }
    for (JsonNode item : items) {
      ObjectNode row = rows.addObject();
      ArrayNode cells = row.putArray("cells");
      cells.add(item.path("metadata").path("name").asText());
      for (CustomResourceColumnDefinition column : columns) {
        String value = eval(item, column.getJsonPath());
        cells.add(column.getType().equals("date") ? age(value) : value);
      }
      row.set("object", item);
    }
    return JSON.writeValueAsString(table);
  }

  /** The text at a simple JSONPath, or "" when nothing is there. */
  static String eval(JsonNode node, String path) {
    Matcher step = STEP.matcher(path);
    int at = 0;
    JsonNode current = node;
    while (step.find() && step.start() == at) {
      current = current.path(step.group(1));
      if (step.group(3) != null) {
        JsonNode match = null;
        for (JsonNode element : current) {
          if (step.group(4).equals(element.path(step.group(3)).asText())) {
            match = element;
            break;
          }
        }
        current = match == null ? JSON.missingNode() : match;
      }
      at = step.end();
    }
    if (at != path.length() || current.isMissingNode() || current.isNull()) {
      return "";
    }
    return current.isValueNode() ? current.asText() : current.toString();
  }

  /** A timestamp as kubectl shows ages: 42s, 5m, 3h, 2d. */
  private String age(String timestamp) {
    try {
      Duration age = Duration.between(Instant.parse(timestamp), clock.instant());
      long s = Math.max(0, age.toSeconds());
      return s < 120
          ? s + "s"
          : s < 7200 ? s / 60 + "m" : s < 172800 ? s / 3600 + "h" : s / 86400 + "d";
    } catch (DateTimeParseException e) {
      return "<unknown>";
    }
  }
}
