package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.compliance.internal.FieldKinds;
import tech.openfactory.policy.compliance.internal.Taxonomy;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.Section;

/** §1: IP addresses and user agents are kept only as data of the category whose elements name them. */
public final class SecurityDataRule {
    private SecurityDataRule() {}

    /** The taxonomy's categories of device data the policy keeps apart. */
    static final Set<String> DEVICE_CATEGORIES = Set.of("user.device.ip_address", "user.device.user_agent");

    public static List<ClauseCondition> conditions(CheckContext context) {
        Taxonomy taxonomy = context.taxonomy();
        Optional<DataCategory> security = context.policy().collection().categories().stream()
                .filter(c -> c.elements().stream().anyMatch(e -> device(taxonomy, e.label()).isPresent()
                        || device(taxonomy, e.id()).isPresent()))
                .findFirst();
        if (security.isEmpty()) {
            return List.of();
        }
        DataCategory category = security.get();
        String kept = category.name().toLowerCase(Locale.ROOT);
        return List.of(new ClauseCondition(context, RuleId.SECURITY_DATA, context.clause(Section.COLLECTION,
                category.name() + ": IP addresses and user agents are kept only as " + kept), (index, sink) -> {
                    Map<JavaField, String> declared = new HashMap<>();
                    index.declared().forEach(d -> declared.merge(d.field(), d.category(), (a, b) -> a));
                    for (JavaField field : index.allFields()) {
                        if (field.getModifiers().contains(JavaModifier.STATIC)
                                || FieldKinds.kind(field).orElse(null) != Taxonomy.Kind.TEXT) {
                            continue;
                        }
                        Optional<Taxonomy.Word> word = device(taxonomy, field.getName());
                        if (word.isEmpty()) {
                            continue;
                        }
                        String in = declared.get(field);
                        if (category.id().equals(in)) {
                            sink.evidence(CodeIndex.name(field) + " is " + category.id() + " data");
                        } else if (in != null || index.inventory().isPersisted(field.getOwner())) {
                            sink.violation(field, CodeIndex.name(field) + " looks like an IP address or user agent by"
                                    + " its name ('" + word.get().words() + "'; a guess by name) but is "
                                    + (in == null ? "not declared" : "declared as " + in + " data") + "; keep it only in "
                                    + kept + " types, declared @PersonalData(category = \"" + category.id()
                                    + "\", element = ...)");
                        }
                    }
                }));
    }

    private static Optional<Taxonomy.Word> device(Taxonomy taxonomy, String name) {
        return taxonomy.match(name.replace(" ", "_").replace("-", "_"), Taxonomy.Kind.TEXT)
                .filter(w -> DEVICE_CATEGORIES.contains(w.category()));
    }
}
