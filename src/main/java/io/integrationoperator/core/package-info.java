/**
 * The pure core: validation of integrations, resolution of installations into their effective
 * authorization, and rendering of the published ConfigMap data. Nothing here talks to the API
 * server; every function takes what it needs as arguments, so the same code serves the operator,
 * the offline command line and the unit tests.
 */
package io.integrationoperator.core;
