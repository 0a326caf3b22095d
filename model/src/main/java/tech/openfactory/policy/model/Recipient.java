package tech.openfactory.policy.model;

/** A party data is shared with, e.g. "Infrastructure providers". */
public record Recipient(String id, String name, Prose description) {}
