package tech.openfactory.policy.model;

/** A cookie or similar signal; {@code required} cookies are set without consent. */
public record Cookie(String id, String name, Prose purpose, boolean required) {}
