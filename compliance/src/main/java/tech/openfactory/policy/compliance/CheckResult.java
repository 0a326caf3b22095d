package tech.openfactory.policy.compliance;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of checking a codebase against the policy, clause by clause.
 *
 * @param policy           "Privacy Policy of OpenFactory Inc., last updated 2026-04-08"
 * @param classes          how many classes were imported
 * @param importMillis     time spent importing classes (0 when they were given)
 * @param evaluationMillis time spent evaluating the rules
 */
public record CheckResult(String policy, int classes, long importMillis, long evaluationMillis,
        List<ClauseResult> clauses) {

    public CheckResult {
        clauses = List.copyOf(clauses);
    }

    public List<ClauseResult> failed() {
        return clauses.stream().filter(c -> !c.passed()).toList();
    }

    public List<Exemption> exemptions() {
        return clauses.stream().flatMap(c -> c.exemptions().stream()).toList();
    }

    /**
     * Fails with every violation of every clause, grouped by clause, when the code does not do what the policy
     * says; the message is what a developer reads in the build log.
     */
    public void assertNoViolations() {
        List<ClauseResult> failed = failed();
        if (failed.isEmpty()) {
            return;
        }
        int count = failed.stream().mapToInt(c -> c.violations().size()).sum();
        String details = failed.stream()
                .map(c -> c.clause() + " [" + c.rule() + "]\n" + c.violations().stream().map(v -> "  - " + v)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        throw new AssertionError("The code does not do what the " + policy + " says: " + count
                + (count == 1 ? " violation" : " violations") + " of " + failed.size()
                + (failed.size() == 1 ? " clause" : " clauses") + ".\n" + details);
    }
}
