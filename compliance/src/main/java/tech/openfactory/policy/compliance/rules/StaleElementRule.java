package tech.openfactory.policy.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.Section;

/** §1, policy to code: every element the policy says is collected is stored by some declared field. */
public final class StaleElementRule {
    private StaleElementRule() {}

    /** One condition per data category. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (DataCategory category : context.policy().collection().categories()) {
            conditions.add(new ClauseCondition(context, RuleId.STALE_ELEMENT, context.clause(Section.COLLECTION,
                    category.name() + ": every element the policy lists is stored by declared code"), (index, sink) -> {
                        for (DataElement element : category.elements()) {
                            java.util.Set<String> backing = new java.util.LinkedHashSet<>();
                            index.declared().stream()
                                    .filter(d -> d.category().equals(category.id()) && d.element().equals(element.id()))
                                    .forEach(d -> backing.add(CodeIndex.name(d.field())));
                            index.records().stream()
                                    .filter(r -> r.category().equals(category.id()) && r.element().equals(element.id()))
                                    .forEach(r -> backing.add(r.type().getName() + " (its rows)"));
                            List<String> fields = List.copyOf(backing);
                            if (fields.isEmpty()) {
                                sink.violation(category.id() + "." + element.id(), "the policy says " + category.name()
                                        + " includes '" + element.label() + "' (" + category.id() + "/" + element.id()
                                        + "), but no field declares @PersonalData(category = \"" + category.id()
                                        + "\", element = \"" + element.id() + "\"); declare the field that stores it,"
                                        + " or remove the element from " + context.source() + " with legal's review");
                            } else {
                                sink.evidence(element.label() + ": " + String.join(", ", fields));
                            }
                        }
                    }));
        }
        return conditions;
    }
}
