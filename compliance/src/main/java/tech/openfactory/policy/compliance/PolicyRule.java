package tech.openfactory.policy.compliance;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
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

    /** Code that backed the clause in the last evaluation. */
    List<String> evidence() {
        return condition.evidence();
    }

    /** What the last evaluation could not read from the code. */
    List<String> unverified() {
        return condition.unverified();
    }

    /** Exemptions that excused code in the last evaluation. */
    List<Exemption> exempted() {
        return condition.exempted();
    }

    @Override
    public String toString() {
        return clause;
    }
}
