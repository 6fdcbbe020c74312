package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChartNotesTest {

  @Test
  void notesGiveTheNextStepAndNameEntriesWithoutAPlatformApp(@TempDir Path temp) {
    HelmChart chart =
        HelmChart.copyInto(temp)
            .withCatalogueEntry("acme", CatalogueEntries.ACME)
            .withCatalogueEntry("globex", CatalogueEntries.GLOBEX);

    String output =
        new Helm(chart.directory())
            .install()
            .withName(HelmChart.RELEASE)
            .withNamespace(HelmChart.NAMESPACE)
            .clientOnly()
            .dryRun()
            .set("catalogue.redirectUri", HelmChart.REDIRECT_URI)
            .set("catalogue.providers.acme.defaultCredentialsSecret", "acme-platform-app")
            .call()
            .getOutput();

    assertThat(output)
        .contains("kind: IntegrationInstallation")
        .contains("kubectl get integrations")
        .contains("tenants must bring their own:");
    String listed =
        output
            .lines()
            .dropWhile(line -> !line.contains("bring their own"))
            .skip(1)
            .findFirst()
            .orElse("");
    assertThat(List.of(listed.trim().split(", "))).contains("globex").doesNotContain("acme");
  }
}
