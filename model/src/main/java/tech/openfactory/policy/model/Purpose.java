package tech.openfactory.policy.model;

/** Why data is used, e.g. "Run the service". */
public record Purpose(String id, String name, Prose description) {}
