package io.integrationoperator.operator;

import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The operator's Prometheus metrics: JOSDK's reconciliation counters and timers, aggregated per
 * controller without per-resource tags, JVM memory and threads, and the installations' Ready gauge.
 */
public final class OperatorMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Metrics josdk = MicrometerMetrics.withoutPerResourceMetrics(registry);
  private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();

  public OperatorMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  Metrics josdk() {
    return josdk;
  }

  void beforeScrape(Runnable refresh) {
    beforeScrape.add(refresh);
  }

  /** Every metric in the Prometheus text format. */
  public String scrape() {
    beforeScrape.forEach(Runnable::run);
    return registry.scrape();
  }
}
