package tech.openfactory.policy.compliance.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.Section;

/** §1: what code declares as personal data names a category and an element the policy has. */
public final class PersonalDataDeclaredRule {
    private PersonalDataDeclaredRule() {}

    public static List<ClauseCondition> conditions(CheckContext context) {
        return List.of(new ClauseCondition(context, RuleId.PERSONAL_DATA_DECLARED, context.clause(Section.COLLECTION,
                "declared personal data names a category and element of the policy"), (index, sink) -> {
                    for (CodeIndex.Declared d : index.declared()) {
                        Optional<DataCategory> category = Categories.byId(context.policy(), d.category());
                        String where = CodeIndex.name(d.field()) + (d.on() == d.field().getOwner() ? ""
                                : " (declared on " + d.on().getName() + ")");
                        if (category.isEmpty()) {
                            sink.violation(d.field(), where + " declares category '" + d.category() + "', which the"
                                    + " policy does not have (it has: " + Categories.ids(context.policy())
                                    + "); correct the annotation, " + context.review());
                        } else if (category.get().element(d.element()).isEmpty()) {
                            sink.violation(d.field(), where + " declares element '" + d.element() + "' of "
                                    + d.category() + ", which the policy does not list (it lists: "
                                    + category.get().elements().stream().map(DataElement::id)
                                            .collect(Collectors.joining(", "))
                                    + "); correct the annotation, " + context.review());
                        } else {
                            sink.evidence(where + " stores " + d.category() + "/" + d.element());
                        }
                    }
                    for (CodeIndex.DeclaredRecord r : index.records()) {
                        Optional<DataCategory> category = Categories.byId(context.policy(), r.category());
                        if (category.isEmpty() || category.get().element(r.element()).isEmpty()) {
                            sink.violation(r.type(), r.type().getName() + " declares each of its rows " + r.category() + "/"
                                    + r.element() + ", which the policy does not list (its categories: "
                                    + Categories.ids(context.policy()) + "); correct the annotation, " + context.review());
                        } else {
                            sink.evidence(r.type().getName() + " rows are " + r.category() + "/" + r.element());
                        }
                    }
                    for (CodeIndex.DanglingDeclaration d : index.dangling()) {
                        sink.violation(d.on(), d.on().getName() + " declares @PersonalData(field = \"" + d.field()
                                + "\", ...), but neither it nor a superclass has a field '" + d.field()
                                + "'; name the field as the code spells it");
                    }
                }));
    }
}
