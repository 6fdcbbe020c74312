package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChartLintTest {

  @Test
  void committedChartPassesStrictLint() {
    LintResult result = HelmChart.committed().lintStrict();

    assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
  }

  @Test
  void chartWithACatalogueEntryPassesStrictLint(@TempDir Path temp) {
    HelmChart chart = HelmChart.copyInto(temp).withCatalogueEntry("acme", CatalogueEntries.ACME);

    LintResult result = chart.lintStrict();

    assertThat(result.isFailed()).as("%s", result.getMessages()).isFalse();
  }
}
