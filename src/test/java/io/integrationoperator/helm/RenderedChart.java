package io.integrationoperator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** The documents of one {@code helm template} run, with lookups by kind and name. */
final class RenderedChart {

  static final ObjectMapper YAML = new YAMLMapper();

  private final List<ObjectNode> documents;

  private RenderedChart(List<ObjectNode> documents) {
    this.documents = List.copyOf(documents);
  }

  static RenderedChart parse(String manifests) {
    List<ObjectNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(manifests)) {
      while (it.hasNext()) {
        JsonNode document = it.next();
        if (document instanceof ObjectNode object) {
          documents.add(object);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedChart(documents);
  }

  List<ObjectNode> all() {
    return documents;
  }

  List<ObjectNode> ofKind(String kind) {
    return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  ObjectNode get(String kind, String name) {
    return ofKind(kind).stream()
        .filter(d -> name.equals(d.at("/metadata/name").asText()))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(kind + " " + name + " was not rendered"));
  }

  /** The one object of a kind the chart renders once, such as its Deployment. */
  ObjectNode single(String kind) {
    List<ObjectNode> found = ofKind(kind);
    if (found.size() != 1) {
      throw new IllegalStateException(found.size() + " objects of kind " + kind + " rendered");
    }
    return found.get(0);
  }

  <T> T as(JsonNode document, Class<T> type) {
    return YAML.convertValue(document, type);
  }
}
