package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaField;
import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.compliance.internal.Names;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.Section;

/** §1: elements the policy promises are encrypted, or stored only as a hash, are stored so. */
public final class EncryptionRule {
    private EncryptionRule() {}

    /** One condition per element marked {@code encrypted: true} or {@code hashed: true}. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (DataCategory category : context.policy().collection().categories()) {
            for (DataElement element : category.elements()) {
                if (!element.encrypted() && !element.hashed()) {
                    continue;
                }
                String how = element.encrypted() ? "encrypted" : "hashed";
                String annotation = element.encrypted() ? "@Encrypted" : "@Hashed";
                conditions.add(new ClauseCondition(context, RuleId.ENCRYPTION, context.clause(Section.COLLECTION,
                        category.name() + ": " + element.label() + " are stored only " + how), (index, sink) -> {
                            for (CodeIndex.Declared d : index.declared()) {
                                if (!d.category().equals(category.id()) || !d.element().equals(element.id())) {
                                    continue;
                                }
                                JavaField field = d.field();
                                boolean ok = element.encrypted()
                                        ? field.isAnnotatedWith(Names.ENCRYPTED)
                                                || field.getRawType().isAnnotatedWith(Names.ENCRYPTED)
                                                || field.getOwner().isAnnotatedWith(Names.ENCRYPTED)
                                        : field.isAnnotatedWith(Names.HASHED);
                                if (ok) {
                                    sink.evidence(CodeIndex.name(field) + " is " + annotation);
                                } else {
                                    sink.violation(field, CodeIndex.name(field) + " stores " + element.label()
                                            + ", which the policy promises are " + how + ", but "
                                            + (element.encrypted() ? "neither the field, its type nor its class is"
                                                    : "the field is not")
                                            + " " + annotation + "; store it " + how + " and mark it " + annotation
                                            + ", " + context.review());
                                }
                            }
                        }));
            }
        }
        return conditions;
    }
}
