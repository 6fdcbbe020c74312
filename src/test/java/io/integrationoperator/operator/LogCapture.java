package io.integrationoperator.operator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of a test at DEBUG, from the operator and the client libraries alike,
 * but not from the mock API server, which stands in for the cluster. Register it with
 * {@code @RegisterExtension}; it starts before the operator does. The console shows what it showed
 * before.
 */
final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  private static final String MOCK_SERVER = "io.fabric8.kubernetes.client.server.mock";

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Filter<ILoggingEvent> quietConsole = new QuietConsole();
  private Level rootLevel;

  @Override
  public void beforeEach(ExtensionContext context) {
    Logger root = root();
    rootLevel = root.getLevel();
    consoleAppenders().forEach(a -> a.addFilter(quietConsole));
    appender.setContext(root.getLoggerContext());
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.DEBUG);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Logger root = root();
    root.setLevel(rootLevel);
    root.detachAppender(appender);
    appender.stop();
    for (Appender<ILoggingEvent> console : consoleAppenders()) {
      List<Filter<ILoggingEvent>> keep = console.getCopyOfAttachedFiltersList();
      keep.remove(quietConsole);
      console.clearAllFilters();
      keep.forEach(console::addFilter);
    }
  }

  /** Every captured event as text: message, MDC and any exception with its causes. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events()) {
      StringBuilder line = new StringBuilder(event.getFormattedMessage());
      line.append(' ').append(event.getMDCPropertyMap());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** How many times the installation controller has reconciled this installation so far. */
  long reconciliations(String namespace, String name) {
    return events().stream()
        .filter(e -> e.getLoggerName().equals(InstallationReconciler.class.getName()))
        .filter(e -> e.getMessage().equals("Reconciling installation"))
        .filter(e -> namespace.equals(e.getMDCPropertyMap().get("resource.namespace")))
        .filter(e -> name.equals(e.getMDCPropertyMap().get("resource.name")))
        .count();
  }

  private List<ILoggingEvent> events() {
    synchronized (appender) {
      return appender.list.stream()
          .filter(e -> !e.getLoggerName().startsWith(MOCK_SERVER))
          .toList();
    }
  }

  private List<Appender<ILoggingEvent>> consoleAppenders() {
    List<Appender<ILoggingEvent>> others = new ArrayList<>();
    for (Iterator<Appender<ILoggingEvent>> i = root().iteratorForAppenders(); i.hasNext(); ) {
      Appender<ILoggingEvent> a = i.next();
      if (a != appender) {
        others.add(a);
      }
    }
    return others;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** Lets through only what logback-test.xml lets through with the root logger at WARN. */
  private static final class QuietConsole extends Filter<ILoggingEvent> {
    @Override
    public FilterReply decide(ILoggingEvent event) {
      return event.getLevel().isGreaterOrEqual(Level.WARN)
              || event.getLoggerName().startsWith("io.integrationoperator")
          ? FilterReply.NEUTRAL
          : FilterReply.DENY;
    }
  }
}
