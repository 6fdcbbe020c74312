package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HelmChartCrdsTest {

  private static List<Path> generatedCrds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("crds"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void renderedCrdsEqualTheGeneratedOnes() throws IOException {
    RenderedChart chart = HelmChart.committed().render(Map.of());
    List<Path> generated = generatedCrds();

    assertThat(generated).hasSize(2);
    assertThat(chart.ofKind("CustomResourceDefinition")).hasSameSizeAs(generated);
    for (Path file : generated) {
      JsonNode expected = RenderedChart.YAML.readTree(file.toFile());
      ObjectNode rendered =
          chart.get("CustomResourceDefinition", expected.at("/metadata/name").asText()).deepCopy();
      ((ObjectNode) rendered.get("metadata")).remove(List.of("labels", "annotations"));

      assertThat(rendered)
          .as("%s differs from the chart's copy: run helm/sync-crds.sh", file)
          .isEqualTo(expected);
    }
  }

  @Test
  void crdsAreKeptOnUninstallByDefault() {
    RenderedChart kept = HelmChart.committed().render(Map.of());
    RenderedChart notKept = HelmChart.committed().render(Map.of("crds.keep", false));

    assertThat(kept.ofKind("CustomResourceDefinition"))
        .allSatisfy(
            crd ->
                assertThat(crd.at("/metadata/annotations/helm.sh~1resource-policy").asText())
                    .isEqualTo("keep"));
    assertThat(notKept.ofKind("CustomResourceDefinition"))
        .allSatisfy(crd -> assertThat(crd.at("/metadata/annotations").isMissingNode()).isTrue());
  }

  @Test
  void crdsCanBeLeftToAnotherTool() {
    RenderedChart chart = HelmChart.committed().render(Map.of("crds.enabled", false));

    assertThat(chart.ofKind("CustomResourceDefinition")).isEmpty();
  }
}
