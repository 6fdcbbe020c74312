package io.integrationoperator.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code integration-operator} command line. */
@Command(
    name = "integration-operator",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Publishes the effective OAuth configuration of SaaS integration installations.",
    subcommands = {RunCommand.class, EmbeddedCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    configureLogging(args);
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Logging must be chosen before the first logger is created, so before picocli runs. */
  private static void configureLogging(String[] args) {
    boolean json =
        Arrays.asList(args).contains("--log-format=json")
            || String.join(" ", args).matches(".*--log-format\\s+(?i:json).*");
    if (json) {
      System.setProperty("logback.configurationFile", "logback-json.xml");
    }
    if (args.length > 0
        && args[0].equals("embedded")
        && !Arrays.asList(args).contains("--verbose")) {
      System.setProperty("integration-operator.log-level", "WARN");
      System.setProperty("integration-operator.root-log-level", "ERROR");
    } else {
      System.setProperty("integration-operator.root-log-level", "WARN");
    }
  }
}
