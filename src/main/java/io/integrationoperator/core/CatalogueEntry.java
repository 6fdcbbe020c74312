package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.DiscoveredEndpoints;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;

/**
 * An {@code Integration} as the resolver sees it.
 *
 * @param discovered endpoints found by OpenID Connect discovery, or null
 */
public record CatalogueEntry(String name, IntegrationSpec spec, DiscoveredEndpoints discovered) {}
