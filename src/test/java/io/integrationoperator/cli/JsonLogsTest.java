package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --log-format json} writes one JSON object a line, with the message's values filled in. */
class JsonLogsTest {

  @Test
  void aLineIsOneJsonObjectWithTheFormattedMessageAndTheLoggingContext() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(JsonLogsTest.class.getResource("/logback-json.xml"));
    Logger logger = context.getLogger("io.integrationoperator.operator.InstallationReconciler");
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> appender =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            logger,
            Level.INFO,
            "Installation {}/{} is now Ready={}",
            null,
            new Object[] {"tenant-acme", "zendesk", "True"});
    event.setMDCPropertyMap(java.util.Map.of("resource.name", "zendesk"));

    String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(line.strip()).doesNotContain("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("INFO");
    assertThat(json.get("loggerName").asText()).endsWith("InstallationReconciler");
    assertThat(json.toString())
        .contains("Installation tenant-acme/zendesk is now Ready=True")
        .doesNotContain("{}")
        .contains("\"resource.name\"");
    context.stop();
  }
}
