package tech.openfactory.policy.compliance.rules;

import java.util.List;
import java.util.Optional;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.Section;

/**
 * §9: the age sign-up enforces is the policy's: the {@code @MinimumAge} and, on a constant, the constant's value.
 * A codebase without sign-up says so with {@code @PolicyScope(without = SIGN_UP)} and may then declare no age.
 */
public final class MinimumAgeRule {
    private MinimumAgeRule() {}

    static final String SIGN_UP = "SIGN_UP";

    public static String clause(CheckContext context) {
        return context.clause(Section.CHILDREN_AND_CHANGES, context.policy().childrenAndChanges().children().title()
                + ": sign-up requires an age of at least " + context.policy().childrenAndChanges().children().minimumAge());
    }

    public static List<ClauseCondition> conditions(CheckContext context) {
        int age = context.policy().childrenAndChanges().children().minimumAge();
        return List.of(new ClauseCondition(context, RuleId.MINIMUM_AGE, clause(context), (index, sink) -> {
                    Optional<CodeIndex.Scope> noSignUp = index.scopes().stream()
                            .filter(s -> s.without().contains(SIGN_UP)).findFirst();
                    if (noSignUp.isPresent()) {
                        for (CodeIndex.Age declared : index.ages()) {
                            sink.violation(declared.where(), CodeIndex.name(declared.where()) + " declares a minimum age,"
                                    + " but @PolicyScope on " + noSignUp.get().on().getName() + " says this codebase"
                                    + " has no sign-up; remove SIGN_UP from the @PolicyScope");
                        }
                        sink.evidence("no sign-up here (@PolicyScope on " + noSignUp.get().on().getName() + ": "
                                + noSignUp.get().reason() + ")");
                        return;
                    }
                    if (index.ages().isEmpty()) {
                        sink.violation("children.minimumAge", "the policy says the service is not for children under "
                                + age + ", but no code declares @MinimumAge; annotate the constant or check that"
                                + " enforces it at sign-up with @MinimumAge(" + age + "), or, if this codebase signs"
                                + " nobody up, say so with @PolicyScope(without = SIGN_UP, reason = ...)");
                    }
                    for (CodeIndex.Age declared : index.ages()) {
                        String where = CodeIndex.name(declared.where());
                        if (declared.value() != age) {
                            sink.violation(declared.where(), where + " enforces a minimum age of " + declared.value()
                                    + ", but the policy says " + age + "; make sign-up require " + age + ", "
                                    + context.review());
                        } else if (declared.inCode() != null && declared.inCode() != age) {
                            sink.violation(declared.where(), where + " is annotated @MinimumAge(" + age + ") but its"
                                    + " value in code is " + declared.inCode() + "; make sign-up require " + age + ", "
                                    + context.review());
                        } else {
                            sink.evidence(where + " enforces " + age + (declared.inCode() != null ? " (its value in code)" : ""));
                            if (declared.inCode() == null) {
                                sink.unverified(where + ": the age it enforces is taken from @MinimumAge");
                            }
                        }
                    }
                }));
    }
}
