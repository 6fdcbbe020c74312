package io.integrationoperator.api.v1alpha1;

/**
 * Schema patterns and CEL rules shared by several fields. The API server applies them on admission
 * where CEL is enforced; the reconciler checks the same facts again, since it is not everywhere.
 */
final class ApiRules {
  static final String DNS_SUBDOMAIN =
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
  static final String SECRET_KEY = "^[-._a-zA-Z0-9]+$";

  static final String HTTPS_URL = "self.matches('^https://[^/?#@\\\\s]+([/?][^#\\\\s]*)?$')";
  static final String HTTPS_URL_TEMPLATE = HTTPS_URL;
  static final String HTTPS_URL_MESSAGE =
      "must be an absolute https URL without fragment or user info";

  static final String REDIRECT_URI =
      HTTPS_URL
          + " || "
          + "self.matches('^http://(localhost|127\\\\.0\\\\.0\\\\.1|\\\\[::1\\\\])"
          + "(:[0-9]+)?([/?][^#\\\\s]*)?$')";
  static final String REDIRECT_URI_MESSAGE =
      "must be an absolute https URL (http only for localhost, 127.0.0.1 or [::1]) without"
          + " fragment or user info";

  static final String SCOPE_TOKENS =
      "self.all(s, size(s) <= 256 && s.matches('^[!#-\\\\[\\\\]-~]+$'))";
  static final String SCOPE_TOKENS_MESSAGE =
      "each scope is an RFC 6749 scope token: printable ASCII without space, '\"' or '\\',"
          + " at most 256 characters";

  private ApiRules() {}
}
