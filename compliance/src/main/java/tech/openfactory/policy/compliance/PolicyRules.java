package tech.openfactory.policy.compliance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.Clauses;
import tech.openfactory.policy.model.Policy;

/** The rules a policy makes of code: one per claim, in the policy's section order. */
public final class PolicyRules {
    private final Policy policy;
    private final List<PolicyRule> rules;

    private PolicyRules(Policy policy) {
        this.policy = policy;
        CheckContext context = new CheckContext(policy);
        List<PolicyRule> built = new ArrayList<>();
        for (Clauses.Definition definition : Clauses.of(context)) {
            ClauseCondition condition = new ClauseCondition(context, definition.rule(), definition.clause(),
                    definition.check());
            ArchRule rule = classes().should(condition).as(definition.clause());
            built.add(new PolicyRule(definition.rule(), definition.clause(), rule, condition));
        }
        this.rules = List.copyOf(built);
    }

    public static PolicyRules of(Policy policy) {
        return new PolicyRules(policy);
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    /** Every rule as one, for a single {@code @ArchTest} field; each violation still names its clause. */
    public ArchRule all() {
        return CompositeArchRule.of(rules.stream().map(PolicyRule::archRule).toList())
                .as(policy.title() + " of " + policy.controller() + ", last updated " + policy.lastUpdated());
    }

    /** The ids exemptions may name. */
    public static List<String> ruleIds() {
        return Clauses.RULE_IDS;
    }
}
