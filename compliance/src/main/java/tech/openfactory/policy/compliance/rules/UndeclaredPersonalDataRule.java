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

    private static final java.util.regex.Pattern AUDIT_TIMESTAMP = java.util.regex.Pattern.compile(
            "(?i)(created|updated|modified|lastModified|lastUpdated)(At|Date|On|Time)?");
    /** A key field: {@code authorId}, {@code member_id}. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(?i)^(.+?)_?id$");

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
        Set<JavaField> fieldLevel = new HashSet<>();
        index.declared().forEach(d -> {
            declared.add(d.field());
            if (d.on() == d.field().getOwner()) {
                fieldLevel.add(d.field());
            }
        });
        int fields = 0;
        // Types whose rows are declared as a whole, by type: asked of every persisted type and its superclasses.
        java.util.Map<JavaClass, CodeIndex.DeclaredRecord> records = new java.util.HashMap<>();
        index.records().forEach(r -> records.putIfAbsent(r.type(), r));
        Persons withDeclarations = new Persons(context.taxonomy(), index, declared);
        Persons byNames = new Persons(context.taxonomy(), index, Set.of());
        for (Inventory.Persisted p : persisted) {
            JavaClass type = p.type();
            sink.evidence(type.getName() + " is persisted: " + p.signal());
            Optional<String> notPersonalType = notPersonal(type);
            if (notPersonalType.isPresent()) {
                if (notPersonalType.get().isBlank()) {
                    sink.violation(type, type.getName() + " is marked @NotPersonal without a reason; say why it holds"
                            + " no personal data, e.g. @NotPersonal(\"a product's catalogue entry\")");
                }
                sink.evidence(type.getName() + " holds no personal data: " + notPersonalType.get());
                continue;
            }
            Optional<CodeIndex.DeclaredRecord> row = wholeRow(records, type);
            boolean wholeRows = row.isPresent();
            Optional<String> ownPerson = row.map(r -> "its rows are declared " + r.category() + "/" + r.element())
                    .or(() -> withDeclarations.personLike(type));
            // Whether a row is a person's own (names, contacts) or a record about one (an appointment, a post) is
            // read from names and links only, so that declaring fields does not change what is asked.
            Optional<String> belongs = byNames.personLike(type).isPresent() ? Optional.empty() : byNames.belongsToPerson(type);
            Optional<String> personLike = ownPerson.or(() -> belongs);
            for (JavaField field : CodeIndex.fields(type)) {
                if (!stored(field)) {
                    continue;
                }
                fields++;
                if (!fieldLevel.contains(field)) {
                    checkField(context, index, sink, p, field, declared, personLike, wholeRows ? Optional.empty() : belongs);
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
        Map<Inventory.Signal, Integer> signals = index.signals();
        sink.evidence(persisted.size() + " persisted types, " + fields + " stored fields read ("
                + signals.entrySet().stream().map(e -> e.getValue() + " by " + e.getKey().words()).collect(Collectors.joining(", "))
                + ")");
        index.inventory().notes().forEach(sink::unverified);
    }

    /**
     * One stored field that carries no declaration of its own. {@code rowOf}: why the type's rows belong to a person,
     * when they do and are not declared as a whole; the row's facts (times, statuses, links) are then that person's
     * data too.
     */
    private static void checkField(CheckContext context, CodeIndex index, ClauseCondition.Sink sink,
            Inventory.Persisted p, JavaField field, Set<JavaField> declared, Optional<String> personLike,
            Optional<String> rowOf) {
        JavaClass type = p.type();
        String where = CodeIndex.name(field) + " (" + p.signal() + ")";
        if (declared.contains(field)) {
            // Declared on subclasses only: every persisted subclass must say which kind of person it holds.
            for (JavaClass sub : subclassesWithout(index, type, field)) {
                sink.violation(field, CodeIndex.name(field) + " (inherited by " + sub.getName() + ") is declared"
                        + " personal data by other subclasses, but not by " + sub.getSimpleName() + "; add"
                        + " @PersonalData(field = \"" + field.getName() + "\", category = ..., element = ...) to "
                        + sub.getSimpleName());
            }
            return;
        }
        Optional<String> notPersonal = notPersonal(field);
        if (notPersonal.isPresent()) {
            if (notPersonal.get().isBlank()) {
                sink.violation(field, CodeIndex.name(field) + " is marked @NotPersonal without a reason; say why it"
                        + " holds no personal data");
            } else {
                sink.evidence(CodeIndex.name(field) + " is not personal: " + notPersonal.get());
            }
            return;
        }
        boolean embedded = holdsEmbedded(index, field);
        boolean relation = !embedded && holdsPersisted(index, field);
        Optional<String> auditor = Names.AUDITOR_FIELDS.stream().filter(field::isAnnotatedWith).findFirst();
        if (auditor.isPresent()) {
            sink.violation(field, where + " is filled by Spring Data's @"
                    + auditor.get().substring(auditor.get().lastIndexOf('.') + 1) + ": it holds the login of the person"
                    + " who wrote the row; declare it @PersonalData(category = ..., element = ...) with the policy's ids");
            return;
        }
        // An embedded value holds what its fields hold: as much as text. Its own fields are matched by name in its
        // type; its name says only where it sits.
        Taxonomy.Kind kind = embedded ? Taxonomy.Kind.TEXT : relation ? null : FieldKinds.kind(field).orElse(null);
        Optional<Taxonomy.Word> word = kind == null || embedded ? Optional.empty()
                : context.taxonomy().match(field.getName(), kind);
        if (word.isPresent() && (word.get().strength() == Taxonomy.Strength.STRONG || personLike.isPresent())) {
            Taxonomy.Word w = word.get();
            sink.violation(field, where + " looks like personal data by its name: '" + w.words() + "' is a "
                    + w.strength().name().toLowerCase(java.util.Locale.ROOT) + " word of " + w.category()
                    + (w.strength() == Taxonomy.Strength.WEAK ? ", and counts here because " + type.getSimpleName()
                            + " is person-like (" + personLike.get() + ")" : "")
                    + "; a guess by name. " + fix());
        } else if (personLike.isPresent() && kind == Taxonomy.Kind.TEXT) {
            sink.violation(field, where + " can hold text and " + type.getSimpleName() + " is person-like ("
                    + personLike.get() + "), so it may hold personal data, and nothing says whether it does. " + fix());
        } else if (rowOf.isPresent() && (kind != null || relation && !isCollection(field)) && !auditTimestamp(field)
                && !field.getName().equals("id") && !field.getName().equals("version")) {
            sink.violation(field, where + " is a fact of a row that belongs to a person (" + rowOf.get() + "), so"
                    + " it is that person's data unless something says otherwise. Declare the rows as a whole with"
                    + " @PersonalData(category = ..., element = ...) on " + type.getSimpleName() + ", declare the"
                    + " field, or, if it holds no personal data, mark it @NotPersonal(\"why\")");
        }
    }

    /** When a row was created or last changed: bookkeeping every row has, not a fact about the person. */
    private static boolean auditTimestamp(JavaField field) {
        return Names.AUDIT_TIMESTAMPS.stream().anyMatch(field::isAnnotatedWith)
                || AUDIT_TIMESTAMP.matcher(field.getName()).matches();
    }

    private static boolean isCollection(JavaField field) {
        return field.getRawType().isArray() || field.getRawType().isAssignableTo(java.util.Collection.class)
                || field.getRawType().getName().startsWith("java.util.") && FieldKinds.held(field).size() > 1;
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

    /** The whole-row declaration on the type or the nearest superclass that has one. */
    private static Optional<CodeIndex.DeclaredRecord> wholeRow(java.util.Map<JavaClass, CodeIndex.DeclaredRecord> records,
            JavaClass type) {
        for (JavaClass c = type; c != null; c = c.getRawSuperclass().orElse(null)) {
            CodeIndex.DeclaredRecord r = records.get(c);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The persisted subclasses of {@code type} that inherit {@code field} and declare it nowhere between. */
    private static List<JavaClass> subclassesWithout(CodeIndex index, JavaClass type, JavaField field) {
        List<JavaClass> missing = new java.util.ArrayList<>();
        for (JavaClass sub : type.getAllSubclasses().stream().sorted(java.util.Comparator.comparing(JavaClass::getName)).toList()) {
            if (!index.inventory().isPersisted(sub) || sub.getModifiers().contains(JavaModifier.ABSTRACT)) {
                continue;
            }
            boolean covered = index.declared().stream().anyMatch(d -> d.field().equals(field) && sub.isAssignableTo(d.on().getName()));
            if (!covered) {
                missing.add(sub);
            }
        }
        return missing;
    }

    /** A value type stored inside its owner's row (a JPA embeddable, a record a mapper nests). */
    private static boolean holdsEmbedded(CodeIndex index, JavaField field) {
        return FieldKinds.held(field).stream().anyMatch(t -> index.inventory().get(t)
                .filter(Inventory.Persisted::embedded).isPresent());
    }

    private static boolean holdsPersisted(CodeIndex index, JavaField field) {
        return FieldKinds.held(field).stream().anyMatch(t -> index.inventory().isPersisted(t));
    }

    private static Optional<String> notPersonal(Object element) {
        return CodeIndex.annotation(element, Names.NOT_PERSONAL).map(a -> CodeIndex.string(a, "value"));
    }

    /**
     * What makes a type person-like, or its rows a person's, for one evaluation: answered once per type, since every
     * type that holds or refers to another asks about it again.
     */
    private static final class Persons {
        private final Taxonomy taxonomy;
        private final CodeIndex index;
        private final Set<JavaField> declared;
        private final java.util.Map<JavaClass, Optional<String>> personLike = new java.util.HashMap<>();
        private final java.util.Map<JavaClass, Optional<String>> belongs = new java.util.HashMap<>();

        Persons(Taxonomy taxonomy, CodeIndex index, Set<JavaField> declared) {
            this.taxonomy = taxonomy;
            this.index = index;
            this.declared = declared;
        }

        /**
         * A type whose rows each belong to one person-like row (a ticket's attendee, an appointment's patient) holds
         * data about that person: its text is asked about too. Only single references count: a talk with a list of
         * speakers is not about any one of them.
         */
        Optional<String> belongsToPerson(JavaClass type) {
                return belongs.computeIfAbsent(type, t -> belongsToPerson(t, new HashSet<>()));
            }

        /** As above, through rows that belong to a person in turn: a reminder of an appointment of a patient. */
        private Optional<String> belongsToPerson(JavaClass type, Set<JavaClass> seen) {
            if (!seen.add(type) || seen.size() > 4) {
                return Optional.empty();
            }
            for (JavaClass c = type; c != null; c = c.getRawSuperclass().orElse(null)) {
                for (JavaField field : CodeIndex.fields(c)) {
                    JavaClass target = field.getRawType();
                    if (target == type || seen.contains(target) || field.getModifiers().contains(JavaModifier.STATIC)
                            || !index.inventory().isPersisted(target) || personLike(target).isPresent()) {
                        continue;
                    }
                    Optional<String> through = belongsToPerson(target, seen);
                    if (through.isPresent()) {
                        return Optional.of("each row belongs to one " + target.getSimpleName() + " through "
                                + c.getSimpleName() + "." + field.getName() + ", and " + through.get());
                    }
                }
            }
            for (JavaClass c = type; c != null; c = c.getRawSuperclass().orElse(null)) {
                for (JavaField field : CodeIndex.fields(c)) {
                    JavaClass target = field.getRawType();
                    if (target == type || field.getModifiers().contains(JavaModifier.STATIC)
                            || index.inventory().get(target).filter(p -> !p.embedded()).isEmpty()) {
                        continue;
                    }
                    if (personLike(target).isPresent()) {
                        return Optional.of("each row belongs to one " + target.getSimpleName() + ", a person-like type,"
                                + " through " + c.getSimpleName() + "." + field.getName());
                    }
                }
            }
            // Code that maps rows by hand (MyBatis, JDBC) holds the person's key, not the person: memberId, authorId.
            for (JavaClass c = type; c != null; c = c.getRawSuperclass().orElse(null)) {
                for (JavaField field : CodeIndex.fields(c)) {
                    Optional<String> person = personKey(field);
                    if (person.isPresent()) {
                        return Optional.of("each row belongs to one " + person.get() + " through " + c.getSimpleName() + "."
                                + field.getName() + ", a guess by its name");
                    }
                }
            }
            return Optional.empty();
        }

        /** Words that name the person a row belongs to, in a key such as {@code authorId}. */
        static final Set<String> PERSON_KEYS = Set.of("user", "author", "owner", "member", "customer", "creator",
                "sender", "recipient", "patient", "account", "person", "employee", "client", "buyer", "seller", "subscriber");

        /** The person a key field points at: {@code memberId} of a person-like {@code Member}, or a person word's key. */
        private Optional<String> personKey(JavaField field) {
            if (field.getModifiers().contains(JavaModifier.STATIC)) {
                return Optional.empty();
            }
            java.util.regex.Matcher m = KEY.matcher(field.getName());
            if (!m.matches() || field.getName().equalsIgnoreCase("id")) {
                return Optional.empty();
            }
            String prefix = m.group(1).toLowerCase(java.util.Locale.ROOT);
            JavaClass named = index.inventory().bySimpleName(prefix);
            if (named != null && personLike(named).isPresent()) {
                return Optional.of(named.getSimpleName());
            }
            return PERSON_KEYS.contains(prefix) ? Optional.of(prefix) : Optional.empty();
        }

    /**
         * Why a type is person-like: the first of its fields, or its superclasses' fields, that is declared personal or
         * has a strong personal word (auditing fields do not count: every row has them).
         */
        Optional<String> personLike(JavaClass type) {
                return personLike.computeIfAbsent(type, this::findPersonLike);
            }

            private Optional<String> findPersonLike(JavaClass type) {
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
}
