package io.integrationoperator.core;

/** Where a value is kept: a key of a Secret. */
public record SecretRef(String namespace, String name, String key) {}
