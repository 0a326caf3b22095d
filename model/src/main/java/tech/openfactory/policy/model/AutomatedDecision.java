package tech.openfactory.policy.model;

/**
 * A decision made about a person by automated means only, including profiling (GDPR Art. 22, 13(2)(f)).
 *
 * @param logic        meaningful information about the logic involved
 * @param consequences the significance and envisaged consequences for the person
 */
public record AutomatedDecision(String id, String name, Prose logic, Prose consequences) {}
