package io.integrationoperator.catalogue;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Connection parameter values an attacker or a confused user might try: a fixed list of known
 * tricks, and random values drawn from a seeded generator so that a failure can be replayed.
 */
final class HostileValues {
  /** Values an attacker or a confused user might try, many of them near misses of valid ones. */
  static final List<String> KNOWN =
      List.of(
          "",
          " ",
          ".",
          "..",
          "...",
          "%2e",
          "%2e%2e",
          "%2E%2E",
          "acme%2eevil",
          "acme/..",
          "../acme",
          "acme/../evil",
          "acme/evil",
          "acme\\evil",
          "acme@evil.com",
          "evil.com@acme",
          "acme:443",
          "acme:@evil.com",
          "acme#",
          "acme#@evil.com",
          "acme?",
          "acme?x=evil.com",
          "acme&client_id=evil",
          "acme;evil",
          "acme,evil",
          "acme evil",
          "acme\n",
          "\nacme",
          "acme\r\nHost: evil.com",
          "acme\t",
          "acme\u0000",
          "acme%00",
          "acme.evil.com",
          "evil.com.",
          "acme.",
          ".acme",
          "-acme",
          "acme-",
          "acme..sandbox",
          "acme.sandbox.",
          "acme.develop.evil",
          "acme.developer",
          "acme.lightning.force.com",
          "ACME",
          "Acme",
          "\uff45vil",
          "ａcme",
          "аcme",
          "acme\u200b",
          "acme\u3002evil",
          "acme\uff0eevil",
          "acme\u2024evil",
          "e\u0301vil",
          "xn--80ak6aa92e",
          "127.0.0.1",
          "0x7f000001",
          "[::1]",
          "localhost",
          "{subdomain}",
          "{shop}",
          "$0",
          "\\0",
          "a".repeat(63),
          "a".repeat(64),
          "a".repeat(253),
          "a".repeat(254),
          "a".repeat(10_000),
          "contoso.onmicrosoft.com",
          "contoso.onmicrosoft.com.",
          "contoso..com",
          "common/../consumers",
          "00000000-0000-0000-0000-000000000000");

  private static final String URLISH = "aZ09.-_/@%#?:\\ \uff45\u3002\u00e9";
  private static final String HOSTLIKE =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_";
  private static final List<String> VALID_PREFIXES = List.of("acme", "acme-store", "contoso");

  private HostileValues() {}

  /**
   * A random value from one of four families: any code points (including unpaired surrogates and
   * controls), URL-ish characters, host-like strings up to 300 characters, and a valid value
   * spliced with a known trick and a host-like tail.
   */
  static String random(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> anyCodePoints(random, random.nextInt(81));
      case 1 -> from(random, URLISH, random.nextInt(31));
      case 2 -> from(random, HOSTLIKE, random.nextInt(301));
      default ->
          VALID_PREFIXES.get(random.nextInt(VALID_PREFIXES.size()))
              + KNOWN.get(random.nextInt(KNOWN.size()))
              + from(random, HOSTLIKE, random.nextInt(20));
    };
  }

  private static String from(SplittableRandom random, String alphabet, int length) {
    StringBuilder value = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      value.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return value.toString();
  }

  private static String anyCodePoints(SplittableRandom random, int length) {
    StringBuilder value = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      // Mostly ASCII, where the tricks are, with the rest of Unicode mixed in.
      int codePoint =
          random.nextInt(3) == 0
              ? random.nextInt(Character.MAX_CODE_POINT + 1)
              : random.nextInt(128);
      value.appendCodePoint(codePoint);
    }
    return value.toString();
  }
}
