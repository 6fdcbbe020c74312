/**
 * The {@code integration-operator.io/v1alpha1} API: the {@code Integration} catalogue entry and the
 * per-tenant {@code IntegrationInstallation}. Field descriptions here become the CRD schema
 * descriptions that {@code kubectl explain} shows.
 */
package io.integrationoperator.api.v1alpha1;
