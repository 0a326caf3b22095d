package tech.openfactory.policy.model;

/** A promise stated as one sentence, e.g. "We do not sell personal data." */
public record Commitment(String id, Prose text) {}
