package io.integrationoperator.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrdFilesTest {
  private static final String REFRESH =
      "The committed CRDs are stale. Refresh them from the build: "
          + "mvn process-classes && cp target/classes/crds/*.yaml crds/";

  @Test
  void committedCrdsEqualTheGeneratedOnesByteForByte() throws Exception {
    List<Path> generated = Crds.yamlFiles(Crds.generatedDir());
    List<Path> committed = Crds.yamlFiles(Crds.committedDir());

    assertThat(names(committed)).as(REFRESH).isEqualTo(names(generated)).isNotEmpty();
    for (Path file : generated) {
      byte[] expected = Files.readAllBytes(file);
      byte[] actual = Files.readAllBytes(Crds.committedDir().resolve(file.getFileName()));
      assertThat(Arrays.equals(actual, expected))
          .as(
              "crds/%s differs from target/classes/crds/%s. %s",
              file.getFileName(), file.getFileName(), REFRESH)
          .isTrue();
    }
  }

  @Test
  void conditionsAreAMapListKeyedByType() {
    for (JsonNode crd : Crds.committed()) {
      JsonNode conditions = Crds.schema(crd, "status").path("properties").path("conditions");

      assertThat(conditions.path("x-kubernetes-list-type").asText())
          .as(Crds.kind(crd))
          .isEqualTo("map");
      assertThat(conditions.path("x-kubernetes-list-map-keys").toString())
          .as(Crds.kind(crd))
          .isEqualTo("[\"type\"]");
      assertThat(conditions.path("items").path("required").toString())
          .as(Crds.kind(crd))
          .contains("\"type\"");
    }
  }

  @Test
  void printerColumnsReadInOrderWithAgeLastAndMessageOnlyWide() {
    for (JsonNode crd : Crds.committed()) {
      List<String> columns = new ArrayList<>();
      List<String> wide = new ArrayList<>();
      for (JsonNode column :
          crd.path("spec").path("versions").path(0).path("additionalPrinterColumns")) {
        (column.path("priority").asInt() == 0 ? columns : wide).add(column.path("name").asText());
      }

      assertThat(wide).as(Crds.kind(crd)).containsExactly("Message");
      assertThat(columns)
          .as(Crds.kind(crd))
          .isEqualTo(
              Crds.kind(crd).equals("IntegrationInstallation")
                  ? List.of("Integration", "Source", "Ready", "Reason", "Age")
                  : List.of("Display Name", "Ready", "Reason", "Age"));
    }
  }

  @Test
  void everyStringListAndMapInSpecIsBounded() {
    List<String> unbounded = new ArrayList<>();
    for (JsonNode crd : Crds.committed()) {
      Crds.walk(
          Crds.kind(crd) + ".spec",
          Crds.schema(crd, "spec"),
          (path, schema) -> {
            if (!isBounded(schema)) {
              unbounded.add(path);
            }
          });
    }

    assertThat(unbounded)
        .as("fields without maxLength, maxItems or maxProperties (bound them with @Size)")
        .isEmpty();
  }

  @Test
  void declaresNoNullDefaults() {
    List<String> nullDefaults = new ArrayList<>();
    for (JsonNode crd : Crds.committed()) {
      Crds.walk(
          Crds.kind(crd),
          crd.path("spec").path("versions").path(0).path("schema").path("openAPIV3Schema"),
          (path, schema) -> {
            if (schema.has("default") && schema.get("default").isNull()) {
              nullDefaults.add(path);
            }
          });
    }

    assertThat(nullDefaults)
        .as("a @Default value that the generator read as YAML null; quote it as JSON")
        .isEmpty();
  }

  private static boolean isBounded(JsonNode schema) {
    return switch (schema.path("type").asText()) {
      case "string" -> schema.has("maxLength") || schema.has("enum");
      case "array" -> schema.has("maxItems");
      case "object" ->
          !schema.path("additionalProperties").isObject() || schema.has("maxProperties");
      case "boolean", "integer", "number" -> true;
      default -> false;
    };
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }
}
