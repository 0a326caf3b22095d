package tech.openfactory.policy.compliance;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import tech.openfactory.policy.compliance.internal.ClauseCondition;

/**
 * One clause of the policy as an ArchUnit rule, e.g. {@code §5 Retention — ISO images: purged within 90 days of
 * the build}. Usable as any ArchRule: checked directly, wrapped in {@code FreezingArchRule.freeze(...)} to adopt
 * the kit on a codebase with known violations, or put in an {@code @ArchTest} field.
 */
public final class PolicyRule {
    private final RuleId id;
    private final String clause;
    private final ArchRule rule;
    private final ClauseCondition condition;

    PolicyRule(RuleId id, String clause, ArchRule rule, ClauseCondition condition) {
        this.id = id;
        this.clause = clause;
        this.rule = rule;
        this.condition = condition;
    }

    /** The rule this clause belongs to, whose id exemptions name. */
    public RuleId id() {
        return id;
    }

    /** The clause it checks, as the failure and the report name it. */
    public String clause() {
        return clause;
    }

    public ArchRule archRule() {
        return rule;
    }

    /** Evaluates the clause on {@code classes}: its violations, evidence, unverified claims and exemptions. */
    ClauseResult evaluate(JavaClasses classes) {
        EvaluationResult evaluation = rule.evaluate(classes);
        ClauseCondition.Outcome outcome = condition.takeOutcome();
        java.util.List<String> violations = evaluation.getFailureReport().getDetails();
        return new ClauseResult(id, clause, violations, outcome.evidence(), outcome.unverified(), outcome.exempted(),
                violations.stream().map(v -> outcome.subjects().getOrDefault(v, ClauseResult.Subject.UNKNOWN)).toList());
    }

    @Override
    public String toString() {
        return clause;
    }
}
