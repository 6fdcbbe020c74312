package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.InstallationSpec;

/**
 * Everything the resolution of one installation depends on.
 *
 * @param integration the referenced integration, or null when it does not exist
 * @param secret the Secret named by {@link InstallationResolver#secretToRead}, or null when it does
 *     not exist
 * @param operatorNamespace where the platform's app Secrets live
 */
public record InstallationRequest(
    String namespace,
    String name,
    InstallationSpec spec,
    CatalogueEntry integration,
    CredentialsSecret secret,
    String operatorNamespace) {}
