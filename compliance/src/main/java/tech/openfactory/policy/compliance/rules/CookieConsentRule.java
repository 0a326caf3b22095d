package tech.openfactory.policy.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.Section;

/** §8: a cookie the policy marks not required is set only by code that runs after consent. */
public final class CookieConsentRule {
    private CookieConsentRule() {}

    public static String clause(CheckContext context, Cookie cookie) {
        return context.clause(Section.COOKIES, cookie.name() + ": set only with consent (not required)");
    }

    /** One condition per cookie that is not required. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (Cookie cookie : context.policy().cookies().cookies()) {
            if (cookie.required()) {
                continue;
            }
            conditions.add(new ClauseCondition(context, RuleId.COOKIE_CONSENT, clause(context, cookie), (index, sink) -> {
                        for (CodeIndex.CookieSet set : Cookies.setsOf(context.policy(), index, cookie)) {
                            if (set.deletes()) {
                                sink.evidence(set.where() + " only deletes " + cookie.id() + " (Max-Age 0)");
                            } else if (set.consentGated()) {
                                sink.evidence(set.where() + " is @ConsentGated");
                                sink.unverified(set.where() + ": that it really waits for consent is not read from"
                                        + " its code");
                            } else {
                                sink.violation(set.element(), set.where() + " sets " + cookie.name() + " " + Cookies.how(set) + ", which the"
                                        + " policy marks not required, without consent; run it only after consent and"
                                        + " mark it @ConsentGated, " + context.review());
                            }
                        }
                    }));
        }
        return conditions;
    }
}
