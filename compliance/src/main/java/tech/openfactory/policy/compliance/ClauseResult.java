package tech.openfactory.policy.compliance;

import java.util.List;

/**
 * How one clause fared: the violations (each naming the code and the fix), the code that backs it, what the static
 * check could not read from the code (not verified), and the exemptions that excused code from it.
 */
public record ClauseResult(RuleId rule, String clause, List<String> violations, List<String> evidence,
        List<String> unverified, List<Exemption> exemptions) {

    public ClauseResult {
        violations = List.copyOf(violations);
        evidence = List.copyOf(evidence);
        unverified = List.copyOf(unverified);
        exemptions = List.copyOf(exemptions);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}
