package io.integrationoperator.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rights the chart's README documents as reserved: granted, though the operator tests do not
 * see them used. Rows read "| `group/resource`: `verb`, `verb` | why |".
 */
final class ReservedRights {
  private static final Path README = Path.of("helm/integration-operator/README.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)`: ([^|]+)\\|");
  private static final Pattern VERB = Pattern.compile("`([a-z]+)`");

  private ReservedRights() {}

  /** Each right as {@code group/resource[/subresource]:verb}. */
  static Set<String> read() {
    String text;
    try {
      text = Files.readString(README);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = text.indexOf("## Reserved rights");
    if (start < 0) {
      throw new IllegalStateException(README + " has no section Reserved rights");
    }
    int end = text.indexOf("\n## ", start + 1);
    Set<String> rights = new TreeSet<>();
    for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        Matcher verb = VERB.matcher(row.group(2));
        while (verb.find()) {
          rights.add(row.group(1) + ":" + verb.group(1));
        }
      }
    }
    if (rights.isEmpty()) {
      throw new IllegalStateException(README + " lists no reserved rights");
    }
    return rights;
  }
}
