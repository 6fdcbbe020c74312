package io.integrationoperator.core;

/** Glob matching where {@code *} stands for any run of characters and nothing else is special. */
final class Glob {
  private Glob() {}

  static boolean matches(String glob, String value) {
    int g = 0;
    int v = 0;
    int star = -1;
    int resume = 0;
    while (v < value.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        star = g++;
        resume = v;
      } else if (g < glob.length() && glob.charAt(g) == value.charAt(v)) {
        g++;
        v++;
      } else if (star >= 0) {
        g = star + 1;
        v = ++resume;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }
}
