package io.integrationoperator.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart in {@code helm/integration-operator}, or a copy of it in a temporary folder that a test
 * may add catalogue entries to. Renders with the real Helm library.
 */
final class HelmChart {

  static final String RELEASE = "integration-operator";
  static final String NAMESPACE = "integration-operator";
  static final Path SOURCE = Path.of("helm", "integration-operator");

  /** The one value a default install must give. */
  static final String REDIRECT_URI = "https://connect.example.com/oauth/callback";

  private final Path directory;

  private HelmChart(Path directory) {
    this.directory = directory;
  }

  /** The chart as committed. */
  static HelmChart committed() {
    return new HelmChart(SOURCE);
  }

  /** A copy of the chart under {@code parent}, in a folder named like the chart (lint wants it). */
  static HelmChart copyInto(Path parent) {
    Path target = parent.resolve(SOURCE.getFileName());
    try (Stream<Path> paths = Files.walk(SOURCE)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(SOURCE.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HelmChart(target);
  }

  /** Writes {@code catalogue/<name>.yaml} into this copy of the chart. */
  HelmChart withCatalogueEntry(String name, String yaml) {
    try {
      Path catalogue = Files.createDirectories(directory.resolve("catalogue"));
      Files.writeString(catalogue.resolve(name + ".yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Path directory() {
    return directory;
  }

  LintResult lintStrict() {
    return new Helm(directory).lint().strict().call();
  }

  /** Renders with the required redirect URI plus {@code values} (Helm {@code --set} syntax). */
  RenderedChart render(Map<String, Object> values) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("catalogue.redirectUri", REDIRECT_URI);
    all.putAll(values);
    return renderExactly(all);
  }

  RenderedChart render() {
    return render(Map.of());
  }

  /** Renders with {@code values} only, so a test can leave out what {@link #render} adds. */
  RenderedChart renderExactly(Map<String, Object> values) {
    TemplateCommand template =
        new Helm(directory).template().withName(RELEASE).withNamespace(NAMESPACE);
    values.forEach(template::set);
    return RenderedChart.parse(template.call());
  }
}
