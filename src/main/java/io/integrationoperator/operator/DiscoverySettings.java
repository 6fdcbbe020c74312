package io.integrationoperator.operator;

import java.time.Duration;

/**
 * How OpenID Connect discovery behaves.
 *
 * @param timeout connect and read timeout of one fetch
 * @param refreshPeriod how long fetched metadata is used before it is fetched again
 * @param initialBackoff delay before the first retry of a failed fetch; doubles on each failure
 * @param maxBackoff the longest delay between retries
 */
public record DiscoverySettings(
    Duration timeout, Duration refreshPeriod, Duration initialBackoff, Duration maxBackoff) {

  public static DiscoverySettings defaults() {
    return new DiscoverySettings(
        Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofMinutes(5));
  }

  /** The delay before retry number {@code failures} (1 for the first failure). */
  Duration backoff(int failures) {
    Duration delay = initialBackoff;
    for (int i = 1; i < failures && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }
}
