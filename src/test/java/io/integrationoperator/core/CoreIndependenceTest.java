package io.integrationoperator.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core and the API model compile without the Kubernetes client and the operator SDK, so the
 * offline command line and the unit tests need no API server. Only the two custom resource classes
 * are left out: they extend the client's {@code CustomResource}.
 */
class CoreIndependenceTest {
  private static final List<String> SHELL_JARS =
      List.of(
          "kubernetes-client",
          "kubernetes-httpclient",
          "operator-framework",
          "kubernetes-server-mock");
  private static final Set<String> CUSTOM_RESOURCES =
      Set.of("Integration.java", "IntegrationInstallation.java");

  @Test
  void coreAndApiModelCompileWithoutTheKubernetesClientOrJosdk(@TempDir Path out)
      throws IOException {
    Path sources = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
    List<File> files = sources(sources.resolve("io/integrationoperator/core"));
    files.addAll(
        sources(sources.resolve("io/integrationoperator/api/v1alpha1")).stream()
            .filter(f -> !CUSTOM_RESOURCES.contains(f.getName()))
            .toList());
    List<String> classpath = testClasspath();
    List<String> withoutShell = classpath.stream().filter(e -> !isShellJar(e)).toList();
    assertThat(classpath.size() - withoutShell.size())
        .as("the shell's jars were on the test classpath and are now left out")
        .isGreaterThanOrEqualTo(SHELL_JARS.size());

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-proc:none",
              "-d",
              out.toString(),
              "-classpath",
              String.join(File.pathSeparator, withoutShell));
      compiled =
          compiler
              .getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
              .call();
    }

    assertThat(errors(diagnostics)).isEmpty();
    assertThat(compiled).isTrue();
    assertThat(out.resolve("io/integrationoperator/core/InstallationResolver.class")).exists();
  }

  private static List<File> sources(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(Path::toFile)
          .collect(Collectors.toList());
    }
  }

  private static List<String> testClasspath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isBlank())
        .toList();
  }

  private static boolean isShellJar(String entry) {
    String name = Path.of(entry).getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jar") && SHELL_JARS.stream().anyMatch(name::startsWith);
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
  }
}
