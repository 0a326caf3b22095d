package tech.openfactory.policy.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.Names;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.Right;
import tech.openfactory.policy.model.Section;

/** §6: each right enforced by an eraser, exporter or corrector has one for every category it covers. */
public final class RightsHandlerRule {
    private RightsHandlerRule() {}

    /** The categories a right covers: the ones it names, or every category. */
    public static List<DataCategory> covered(CheckContext context, Right right) {
        return right.categories().isEmpty() ? context.policy().collection().categories()
                : right.categories().stream().map(id -> Categories.byId(context.policy(), id)).flatMap(Optional::stream).toList();
    }

    /** "§6 Your rights and controls — Deletion: every category has an eraser". */
    public static String clause(CheckContext context, Right right) {
        String which = right.categories().isEmpty() ? "every category"
                : covered(context, right).stream().map(DataCategory::name).collect(Collectors.joining(", "));
        String article = right.enforcedBy() == Right.Handler.CORRECTOR ? " has a " : " has an ";
        return context.clause(Section.RIGHTS, right.name() + ": " + which + article + right.enforcedBy().id());
    }

    /** One condition per right the policy says code enforces. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (Right right : context.policy().rights().rights()) {
            if (right.enforcedBy() == null) {
                continue;
            }
            String annotation = switch (right.enforcedBy()) {
                case ERASER -> Names.ERASER;
                case EXPORTER -> Names.EXPORTER;
                case CORRECTOR -> Names.CORRECTOR;
            };
            String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
            List<DataCategory> covered = covered(context, right);
            conditions.add(new ClauseCondition(context, RuleId.RIGHTS_HANDLER, clause(context, right), (index, sink) -> {
                        for (DataCategory category : covered) {
                            List<String> handlers = index.handlers().stream()
                                    .filter(h -> h.annotation().equals(annotation) && h.categories().contains(category.id()))
                                    .map(h -> h.type().getName()).toList();
                            if (handlers.isEmpty()) {
                                sink.violation("rights." + right.id() + "." + category.id(), "the policy grants "
                                        + right.name().toLowerCase(Locale.ROOT) + " for " + category.name()
                                        + ", but no class is annotated @" + simple + " with \"" + category.id()
                                        + "\"; write the " + right.enforcedBy().id() + " for it, " + context.review());
                            } else {
                                sink.evidence(category.name() + ": " + String.join(", ", handlers));
                                sink.unverified(category.name() + ": what " + String.join(", ", handlers)
                                        + " does at run time is not read from its code");
                            }
                        }
                    }));
        }
        return conditions;
    }
}
