package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.compliance.internal.FieldKinds;
import tech.openfactory.policy.compliance.internal.Inventory;
import tech.openfactory.policy.compliance.internal.Names;
import tech.openfactory.policy.compliance.internal.Taxonomy;
import tech.openfactory.policy.model.Section;

/**
 * §1, code to policy: every field of a persisted type that may hold personal data is declared, or marked not
 * personal with a reason. Persisted types come from the inventory (precise signals); a field is asked about when its
 * name has a strong personal word, when it is Spring Data's auditor, or when its type is person-like (it holds
 * declared or strongly named personal data) and the field can hold text or carries a weak personal word.
 */
public final class UndeclaredPersonalDataRule {
    private UndeclaredPersonalDataRule() {}

    /** Words of auditing fields: a login, but no sign that the row is about a person. */
    private static final Set<String> AUDIT_WORDS = Set.of("created by", "modified by", "updated by", "deleted by");

    public static List<ClauseCondition> conditions(CheckContext context) {
        return List.of(new ClauseCondition(context, RuleId.UNDECLARED_PERSONAL_DATA, context.clause(Section.COLLECTION,
                "persisted fields that can hold personal data are declared"), (index, sink) -> check(context, index, sink)));
    }

    private static void check(CheckContext context, CodeIndex index, ClauseCondition.Sink sink) {
        List<Inventory.Persisted> persisted = index.inventory().types();
        if (persisted.isEmpty()) {
            sink.violation("inventory", "0 persisted types found among the " + index.classes().size() + " imported"
                    + " classes (no JPA @Entity, @Embeddable or @MappedSuperclass, no Spring Data @Document or @Table,"
                    + " no Spring Data repository, no MyBatis @Mapper or mapper XML, no code.storagePackages), so no"
                    + " personal data could be checked; name your storage: import the packages that hold it, or list"
                    + " them in code.storagePackages of " + context.source());
        }
        Set<JavaField> declared = new HashSet<>();
        index.declared().forEach(d -> declared.add(d.field()));
        int fields = 0;
        for (Inventory.Persisted p : persisted) {
            JavaClass type = p.type();
            Optional<String> notPersonalType = notPersonal(type);
            if (notPersonalType.isPresent()) {
                if (notPersonalType.get().isBlank()) {
                    sink.violation(type, type.getName() + " is marked @NotPersonal without a reason; say why it holds"
                            + " no personal data, e.g. @NotPersonal(\"a product's catalogue entry\")");
                }
                sink.evidence(type.getName() + " holds no personal data: " + notPersonalType.get());
                continue;
            }
            Optional<String> personLike = personLike(context.taxonomy(), type, declared);
            for (JavaField field : CodeIndex.fields(type)) {
                if (!stored(field)) {
                    continue;
                }
                fields++;
                String where = CodeIndex.name(field) + " (" + p.signal() + ")";
                if (declared.contains(field)) {
                    continue;
                }
                Optional<String> notPersonal = notPersonal(field);
                if (notPersonal.isPresent()) {
                    if (notPersonal.get().isBlank()) {
                        sink.violation(field, CodeIndex.name(field) + " is marked @NotPersonal without a reason; say"
                                + " why it holds no personal data");
                    } else {
                        sink.evidence(CodeIndex.name(field) + " is not personal: " + notPersonal.get());
                    }
                    continue;
                }
                if (holdsPersisted(index, field)) {
                    continue; // a relation or an embedded value: its own fields are checked in its own type
                }
                Optional<String> auditor = Names.AUDITOR_FIELDS.stream().filter(field::isAnnotatedWith).findFirst();
                if (auditor.isPresent()) {
                    sink.violation(field, where + " is filled by Spring Data's @"
                            + auditor.get().substring(auditor.get().lastIndexOf('.') + 1) + ": it holds the login of"
                            + " the person who wrote the row; declare it @PersonalData(category = ..., element = ...)"
                            + " with the policy's ids");
                    continue;
                }
                Taxonomy.Kind kind = FieldKinds.kind(field).orElse(null);
                Optional<Taxonomy.Word> word = kind == null ? Optional.empty() : context.taxonomy().match(field.getName(), kind);
                if (word.isPresent() && (word.get().strength() == Taxonomy.Strength.STRONG || personLike.isPresent())) {
                    Taxonomy.Word w = word.get();
                    sink.violation(field, where + " looks like personal data by its name: '" + w.words() + "' is a "
                            + w.strength().name().toLowerCase(java.util.Locale.ROOT) + " word of " + w.category()
                            + (w.strength() == Taxonomy.Strength.WEAK ? ", and counts here because "
                                    + type.getSimpleName() + " is person-like (" + personLike.get() + ")" : "")
                            + "; a guess by name. " + fix());
                } else if (personLike.isPresent() && kind == Taxonomy.Kind.TEXT) {
                    sink.violation(field, where + " can hold text and " + type.getSimpleName() + " is person-like ("
                            + personLike.get() + "), so it may hold personal data, and nothing says whether it does. "
                            + fix());
                }
            }
        }
        for (String storage : context.policy().code().storagePackages()) {
            Predicate<String> inStorage = PackageMatchers.of(List.of(storage));
            if (index.classes().stream().noneMatch(c -> inStorage.test(c.getPackageName()))) {
                sink.violation("code.storagePackages." + storage, "code.storagePackages names " + storage
                        + ", but no imported class is in it, so nothing there was checked; correct the package name in "
                        + context.source());
            }
        }
        Map<String, Integer> signals = index.signals();
        sink.evidence(persisted.size() + " persisted types, " + fields + " stored fields read ("
                + signals.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + ")");
        index.inventory().notes().forEach(sink::unverified);
    }

    private static String fix() {
        return "Declare it @PersonalData(category = ..., element = ...) with the policy's ids, or, if it holds no"
                + " personal data, mark it @NotPersonal(\"why\")";
    }

    /** Fields that are stored: not static, not transient, not the row's id or version. */
    private static boolean stored(JavaField field) {
        Set<JavaModifier> modifiers = field.getModifiers();
        if (modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.TRANSIENT)
                || modifiers.contains(JavaModifier.SYNTHETIC)) {
            return false;
        }
        return Names.TRANSIENT.stream().noneMatch(field::isAnnotatedWith) && Names.IDENTITY.stream().noneMatch(field::isAnnotatedWith)
                && !field.getName().equals("serialVersionUID");
    }

    private static boolean holdsPersisted(CodeIndex index, JavaField field) {
        return FieldKinds.held(field).stream().anyMatch(t -> index.inventory().isPersisted(t));
    }

    private static Optional<String> notPersonal(Object element) {
        return CodeIndex.annotation(element, Names.NOT_PERSONAL).map(a -> CodeIndex.string(a, "value"));
    }

    /**
     * Why a type is person-like: the first of its fields, or its superclasses' fields, that is declared personal or
     * has a strong personal word (auditing fields do not count: every row has them).
     */
    static Optional<String> personLike(Taxonomy taxonomy, JavaClass type, Set<JavaField> declared) {
        for (JavaClass c = type; c != null; c = c.getRawSuperclass().orElse(null)) {
            for (JavaField field : CodeIndex.fields(c)) {
                if (field.getModifiers().contains(JavaModifier.STATIC) || Names.AUDITOR_FIELDS.stream().anyMatch(field::isAnnotatedWith)) {
                    continue;
                }
                if (declared.contains(field)) {
                    return Optional.of("it holds " + c.getSimpleName() + "." + field.getName() + ", declared personal data");
                }
                Optional<Taxonomy.Kind> kind = FieldKinds.kind(field);
                Optional<Taxonomy.Word> word = kind.flatMap(k -> taxonomy.match(field.getName(), k));
                if (word.isPresent() && word.get().strength() == Taxonomy.Strength.STRONG
                        && !AUDIT_WORDS.contains(word.get().words())) {
                    return Optional.of("it holds " + c.getSimpleName() + "." + field.getName() + ", named like "
                            + word.get().category());
                }
            }
        }
        return Optional.empty();
    }
}
