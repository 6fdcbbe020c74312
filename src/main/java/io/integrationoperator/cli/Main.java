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
    subcommands = {
      RunCommand.class,
      EmbeddedCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    })
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
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--log-format=")
              ? args[i].substring("--log-format=".length())
              : args[i].equals("--log-format") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        json = value.equalsIgnoreCase("json");
      }
    }
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
