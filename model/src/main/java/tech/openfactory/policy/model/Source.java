package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where data comes from (GDPR Art. 14(2)(f), CCPA "categories of sources"), e.g. "You, when you sign up".
 *
 * @param kind        the person themselves, another party, or a publicly accessible source
 * @param description more about it; null when not stated
 */
public record Source(String id, String name, Kind kind, Prose description) {

    public enum Kind {
        /** Collected from the person the data is about (Art. 13 applies). */
        THE_PERSON,
        /** Obtained from another party (Art. 14 applies). */
        THIRD_PARTY,
        /** Obtained from a publicly accessible source (Art. 14(2)(f) asks to say so). */
        PUBLICLY_AVAILABLE;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> of(String id) {
            return Words.of(values(), id, Kind::id);
        }

        public static String ids() {
            return Words.ids(values(), Kind::id);
        }
    }
}
