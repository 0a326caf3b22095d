package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a field's type can hold, as the personal-data rules ask it: text (strings, character and byte arrays, JSON,
 * collections of them), a date, a number, an enum; nothing for flags, ids such as {@code UUID}, or other types.
 * Containers count as what they contain: {@code List<String>} holds text.
 */
public final class FieldKinds {
    private FieldKinds() {}

    private static final Set<String> TEXT = Set.of("java.lang.String", "java.lang.CharSequence", "java.lang.StringBuilder",
            "char", "java.lang.Character", "java.sql.Clob", "java.sql.Blob", "java.sql.NClob",
            "com.fasterxml.jackson.databind.JsonNode", "tools.jackson.databind.JsonNode", "java.net.URI", "java.net.URL",
            "java.net.InetAddress", "java.util.Locale");
    private static final Set<String> DATE = Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.Instant",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.YearMonth", "java.time.MonthDay",
            "java.util.Date", "java.sql.Date", "java.sql.Timestamp", "java.util.Calendar");
    private static final Set<String> NUMBER = Set.of("int", "long", "short", "double", "float", "java.lang.Integer",
            "java.lang.Long", "java.lang.Short", "byte", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal",
            "java.math.BigInteger");
    /** Containers whose contents decide: the type arguments, or the array's component. */
    private static final Set<String> CONTAINERS = Set.of("java.util.List", "java.util.Set", "java.util.Collection",
            "java.util.SortedSet", "java.util.Optional", "java.util.Map", "java.util.SortedMap", "java.lang.Iterable",
            "java.util.ArrayList", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.TreeSet");

    /** The kind of what the field holds, if it can be personal data at all. */
    public static Optional<Taxonomy.Kind> kind(JavaField field) {
        JavaClass raw = field.getRawType();
        if (raw.isArray()) {
            String component = raw.getBaseComponentType().getName();
            // A byte[] is a document, an image, a ciphertext: as much text as a String.
            return component.equals("byte") || component.equals("java.lang.Byte") ? Optional.of(Taxonomy.Kind.TEXT)
                    : kindOf(raw.getBaseComponentType());
        }
        if (CONTAINERS.contains(raw.getName())) {
            List<JavaClass> held = Inventory.heldTypes(field.getType());
            Optional<Taxonomy.Kind> best = Optional.empty();
            for (JavaClass t : held.subList(1, held.size())) {
                Optional<Taxonomy.Kind> k = kindOf(t);
                if (k.isPresent() && (best.isEmpty() || k.get() == Taxonomy.Kind.TEXT)) {
                    best = k;
                }
            }
            return best;
        }
        return kindOf(raw);
    }

    private static Optional<Taxonomy.Kind> kindOf(JavaClass type) {
        String name = type.getName();
        if (TEXT.contains(name)) {
            return Optional.of(Taxonomy.Kind.TEXT);
        }
        if (DATE.contains(name)) {
            return Optional.of(Taxonomy.Kind.DATE);
        }
        if (NUMBER.contains(name)) {
            return Optional.of(Taxonomy.Kind.NUMBER);
        }
        if (type.isEnum()) {
            return Optional.of(Taxonomy.Kind.ENUM);
        }
        return Optional.empty();
    }

    /** Every type the field's type names: {@code Set<Address>} holds Set and Address. */
    public static List<JavaClass> held(JavaField field) {
        return Inventory.heldTypes(field.getType());
    }
}
