package io.integrationoperator.core;

import java.nio.charset.StandardCharsets;

/** Checks OAuth client IDs and secrets without ever putting their values into a message. */
final class CredentialRules {
  static final int MAX_LENGTH = 4096;

  private CredentialRules() {}

  /**
   * Why a credential value is unusable, or null. The message describes the value's shape only: what
   * is wrong and where, never the value itself.
   */
  static String whyInvalid(byte[] value) {
    if (value.length == 0) {
      return "is empty";
    }
    if (value.length > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " bytes";
    }
    String text = new String(value, StandardCharsets.UTF_8);
    int last = text.length() - 1;
    char end = text.charAt(last);
    if (end == '\n' || end == '\r') {
      return "ends with a newline; the classic cause is 'kubectl create secret --from-file' on a"
          + " file that ends with one. Recreate it with --from-literal or strip the newline";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return "contains whitespace at position " + (i + 1) + " of " + text.length();
      }
      if (Character.isISOControl(c) || c == '\uFFFD') {
        return "contains a control or non-UTF-8 character at position "
            + (i + 1)
            + " of "
            + text.length();
      }
    }
    return null;
  }
}
