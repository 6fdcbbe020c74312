/**
 * The Kubernetes shell around the core: reconcilers, event sources and caches, the published
 * ConfigMap, status conditions and Events.
 */
package io.integrationoperator.operator;
