package tech.openfactory.policy.compliance;

/**
 * Code excused from a rule, as the report lists it.
 *
 * @param rule   the rule's id
 * @param target the code excused: a class, {@code Class.field} or {@code Class.method}
 * @param reason why
 * @param source where it was granted: {@code policy.yaml} or {@code @Exempt}
 */
public record Exemption(String rule, String target, String reason, String source) {}
