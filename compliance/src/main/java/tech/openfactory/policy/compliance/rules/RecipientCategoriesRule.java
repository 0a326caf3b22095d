package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.compliance.internal.Names;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.Section;

/** §4: an adapter handles only the data categories its recipient may receive. */
public final class RecipientCategoriesRule {
    private RecipientCategoriesRule() {}

    public static String clause(CheckContext context) {
        return context.clause(Section.SHARING, "adapters handle only the data categories the policy lets their recipient"
                + " receive");
    }

    public static List<ClauseCondition> conditions(CheckContext context) {
        return List.of(new ClauseCondition(context, RuleId.RECIPIENT_CATEGORIES, clause(context), (index, sink) -> {
                    Map<String, Recipient> recipients = context.policy().sharing().recipients().stream()
                            .collect(Collectors.toMap(Recipient::id, r -> r));
                    Map<JavaClass, Set<String>> categoriesOf = new HashMap<>();
                    index.declared().forEach(d -> categoriesOf.computeIfAbsent(d.on(), k -> new TreeSet<>()).add(d.category()));
                    index.records().forEach(r -> categoriesOf.computeIfAbsent(r.type(), k -> new TreeSet<>()).add(r.category()));
                    for (JavaClass type : index.classes()) {
                        Optional<String> adapterOf = CodeIndex.annotation(type, Names.RECIPIENT_ADAPTER)
                                .map(a -> CodeIndex.string(a, "value"));
                        if (adapterOf.isEmpty()) {
                            continue;
                        }
                        Recipient recipient = recipients.get(adapterOf.get());
                        if (recipient == null) {
                            sink.violation(type, type.getName() + " is declared the adapter of '" + adapterOf.get()
                                    + "', a recipient the policy does not have (it has: "
                                    + String.join(", ", recipients.keySet().stream().sorted().toList())
                                    + "); correct the annotation, " + context.review());
                            continue;
                        }
                        Set<String> handled = new TreeSet<>(categoriesOf.getOrDefault(type, Set.of()));
                        index.dependencyTargets(type).forEach(t -> handled.addAll(categoriesOf.getOrDefault(t, Set.of())));
                        Set<String> refused = new TreeSet<>(handled);
                        refused.removeAll(recipient.categories());
                        if (refused.isEmpty()) {
                            sink.evidence(type.getName() + " sends " + (handled.isEmpty() ? "no declared data" : handled)
                                    + " to " + recipient.id());
                        } else {
                            sink.violation(type, type.getName() + " sends " + String.join(", ", refused) + " data to "
                                    + recipient.name() + ", which the policy lets receive only "
                                    + (recipient.categories().isEmpty() ? "no category" : String.join(", ", recipient.categories()))
                                    + "; stop passing that data, or add the category to the recipient in "
                                    + context.source() + " with legal's review");
                        }
                    }
                }));
    }
}
