package tech.openfactory.policy.compliance;

import java.util.List;

/**
 * How one clause fared: the violations (each naming the code and the fix), the code that backs it, and the
 * exemptions that excused code from it.
 */
public record ClauseResult(String rule, String clause, List<String> violations, List<String> evidence,
        List<Exemption> exemptions) {

    public boolean passed() {
        return violations.isEmpty();
    }
}
