package tech.openfactory.policy.model;

/** A right a person can exercise, e.g. "Access". */
public record Right(String id, String name, Prose description) {}
