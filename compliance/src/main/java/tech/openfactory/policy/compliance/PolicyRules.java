package tech.openfactory.policy.compliance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.rules.CookieConsentRule;
import tech.openfactory.policy.compliance.rules.CookieDeclaredRule;
import tech.openfactory.policy.compliance.rules.CookieSecurityRule;
import tech.openfactory.policy.compliance.rules.DeniedSdkRule;
import tech.openfactory.policy.compliance.rules.EncryptionRule;
import tech.openfactory.policy.compliance.rules.MinimumAgeRule;
import tech.openfactory.policy.compliance.rules.NoTrainingRule;
import tech.openfactory.policy.compliance.rules.PersonalDataDeclaredRule;
import tech.openfactory.policy.compliance.rules.RecipientAdapterRule;
import tech.openfactory.policy.compliance.rules.RecipientCategoriesRule;
import tech.openfactory.policy.compliance.rules.RetentionJobRule;
import tech.openfactory.policy.compliance.rules.RightsHandlerRule;
import tech.openfactory.policy.compliance.rules.SecurityDataRule;
import tech.openfactory.policy.compliance.rules.StaleElementRule;
import tech.openfactory.policy.compliance.rules.UndeclaredPersonalDataRule;
import tech.openfactory.policy.model.Policy;

/** The rules a policy makes of code: one per claim, in the policy's section order. */
public final class PolicyRules {
    /** Each rule's conditions, in the order the page has the sections. */
    private static final List<Function<CheckContext, List<ClauseCondition>>> RULES = List.of(
            PersonalDataDeclaredRule::conditions, UndeclaredPersonalDataRule::conditions, StaleElementRule::conditions,
            EncryptionRule::conditions, SecurityDataRule::conditions, DeniedSdkRule::conditions,
            NoTrainingRule::conditions, RecipientAdapterRule::conditions, RecipientCategoriesRule::conditions,
            RetentionJobRule::conditions, RightsHandlerRule::conditions, CookieDeclaredRule::conditions,
            CookieConsentRule::conditions, CookieSecurityRule::conditions, MinimumAgeRule::conditions);

    private final Policy policy;
    private final List<PolicyRule> rules;

    private PolicyRules(Policy policy, String source) {
        this.policy = policy;
        CheckContext context = new CheckContext(policy, source);
        List<PolicyRule> built = new ArrayList<>();
        for (Function<CheckContext, List<ClauseCondition>> rule : RULES) {
            for (ClauseCondition condition : rule.apply(context)) {
                ArchRule archRule = classes().should(condition).as(condition.clause())
                        .because("the privacy policy (" + source + ") says so");
                built.add(new PolicyRule(condition.rule(), condition.clause(), archRule, condition));
            }
        }
        this.rules = List.copyOf(built);
    }

    /** The rules of a policy; messages call it "the policy file". */
    public static PolicyRules of(Policy policy) {
        return new PolicyRules(policy, "the policy file");
    }

    /** The rules of a policy loaded from {@code source}, which messages name as the file to change. */
    public static PolicyRules of(Policy policy, String source) {
        return new PolicyRules(policy, source);
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    /** Every rule as one, for a single {@code @ArchTest} field; each violation still names its clause. */
    public ArchRule all() {
        return CompositeArchRule.of(rules.stream().map(PolicyRule::archRule).toList())
                .as(policy.title() + " of " + policy.controller() + ", last updated " + policy.lastUpdated());
    }
}
