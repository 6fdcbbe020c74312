package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.CredentialSource;
import java.util.List;
import java.util.SortedMap;

/**
 * The authorization config an installation resolves to: everything the platform's connection
 * service needs to start an OAuth authorization-code flow, except per-connection values (state,
 * PKCE) and the client secret, which stays in its Secret.
 *
 * @param notice provider policy to show the tenant when it uses its own app, or null
 */
public record EffectiveAuthorization(
    String integration,
    CredentialSource credentialSource,
    String clientId,
    SecretRef clientSecretRef,
    String authorizationEndpoint,
    String tokenEndpoint,
    String tokenEndpointAuthMethod,
    String pkce,
    List<String> scopes,
    String scopeSeparator,
    String redirectUri,
    SortedMap<String, String> authorizationParams,
    String authorizationUrl,
    String credentialsRevision,
    String consentRevision,
    String notice) {}
