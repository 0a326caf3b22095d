package tech.openfactory.policy.compliance.drift.stale;

/** A codebase that stores nothing the policy lists. */
public class Nothing {}
