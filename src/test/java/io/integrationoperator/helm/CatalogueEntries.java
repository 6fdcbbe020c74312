package io.integrationoperator.helm;

/** Catalogue files as the chart's catalogue/ folder holds them. */
final class CatalogueEntries {

  static final String ACME =
      """
      apiVersion: integration-operator.io/v1alpha1
      kind: Integration
      metadata:
        name: acme
      spec:
        displayName: Acme CRM
        oauth:
          authorizationEndpoint: https://login.acme.example/oauth/authorize
          tokenEndpoint: https://login.acme.example/oauth/token
          scopes:
            allowed: [contacts.read, contacts.write]
            default: [contacts.read]
      """;

  static final String GLOBEX =
      """
      apiVersion: integration-operator.io/v1alpha1
      kind: Integration
      metadata:
        name: globex
      spec:
        displayName: Globex
        oauth:
          issuer: https://accounts.globex.example
      """;

  private CatalogueEntries() {}
}
