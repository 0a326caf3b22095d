package tech.openfactory.policy.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A right a person can exercise, e.g. "Access".
 *
 * @param enforcedBy what code must exist for it, or null when no code does (e.g. objection)
 * @param categories ids of the categories it covers; empty means every category
 * @param kind       which right of the law it is: written as {@code kind:}, or read from an id that names one
 *                   ({@code correction}, {@code deletion}); null when neither says
 */
public record Right(String id, String name, Prose description, Handler enforcedBy, List<String> categories, Kind kind) {
    public Right {
        categories = List.copyOf(categories);
    }

    public Right(String id, String name, Prose description, Handler enforcedBy, List<String> categories) {
        this(id, name, description, enforcedBy, categories, Kind.named(id).orElse(null));
    }

    /** The kinds of code that carry out a right. */
    public enum Handler {
        ERASER, EXPORTER, CORRECTOR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The rights the GDPR (Art. 15–22, 7(3), 77) and the CCPA (§1798.100–125) give, by the words a policy uses for
     * them; one kind answers both laws where they are the same right (access is the CCPA's right to know).
     */
    public enum Kind {
        ACCESS("know"),
        RECTIFICATION("correction", "correct"),
        ERASURE("deletion", "delete"),
        RESTRICTION,
        OBJECTION,
        PORTABILITY,
        WITHDRAW_CONSENT,
        COMPLAINT,
        OPT_OUT_OF_SALE_OR_SHARING("opt-out"),
        LIMIT_SENSITIVE_DATA("limit"),
        NON_DISCRIMINATION;

        private final List<String> aliases;

        Kind(String... aliases) {
            this.aliases = List.of(aliases);
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The kind written as {@code kind:}: its id only. */
        public static Optional<Kind> of(String id) {
            return Words.of(values(), id, Kind::id);
        }

        /** The kind an id of a right names: its id or a common word for it, e.g. {@code deletion}. */
        public static Optional<Kind> named(String rightId) {
            for (Kind kind : values()) {
                if (kind.id().equals(rightId) || kind.aliases.contains(rightId)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        public static String ids() {
            return Words.ids(values(), Kind::id);
        }
    }
}
