package io.integrationoperator.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The CRDs committed in {@code crds/} and the ones the build generated, and a schema walker. */
final class Crds {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Crds() {}

  static Path committedDir() {
    return Path.of(System.getProperty("basedir", ".")).resolve("crds");
  }

  /** {@code target/classes/crds}, found as the {@code crds/} folder of the test classpath. */
  static Path generatedDir() {
    URL folder = Crds.class.getClassLoader().getResource("crds");
    if (folder == null) {
      throw new IllegalStateException("no crds/ on the classpath; run mvn process-classes");
    }
    try {
      return Path.of(folder.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed CRDs, parsed. */
  static List<JsonNode> committed() {
    List<JsonNode> crds = new ArrayList<>();
    for (Path file : yamlFiles(committedDir())) {
      try {
        crds.add(YAML.readTree(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return crds;
  }

  static String kind(JsonNode crd) {
    return crd.path("spec").path("names").path("kind").asText();
  }

  /** The schema of {@code .spec} or {@code .status} of the CRD's only version. */
  static JsonNode schema(JsonNode crd, String property) {
    return crd.path("spec")
        .path("versions")
        .path(0)
        .path("schema")
        .path("openAPIV3Schema")
        .path("properties")
        .path(property);
  }

  /**
   * Visits {@code schema} and every schema below it with its path: {@code a.b} for properties,
   * {@code a[]} for list items and {@code a{}} for map values.
   */
  static void walk(String path, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
    visitor.accept(path, schema);
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      walk(path + "." + property.getKey(), property.getValue(), visitor);
    }
    if (schema.has("items")) {
      walk(path + "[]", schema.get("items"), visitor);
    }
    if (schema.path("additionalProperties").isObject()) {
      walk(path + "{}", schema.get("additionalProperties"), visitor);
    }
  }
}
