package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a person must provide data, and what happens if they do not (GDPR Art. 13(2)(e)).
 *
 * @param requirement   why it must be provided, or that it need not be
 * @param ifNotProvided the consequence of not providing it; null when not stated
 */
public record Provision(Requirement requirement, Prose ifNotProvided) {

    /** The four answers Art. 13(2)(e) distinguishes. */
    public enum Requirement {
        /** Required by law. */
        STATUTORY,
        /** Required by a contract the person has. */
        CONTRACTUAL,
        /** Needed to enter into a contract, e.g. to open an account. */
        CONTRACT_ENTRY,
        /** The person may choose not to provide it. */
        VOLUNTARY;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Requirement> of(String id) {
            return Words.of(values(), id, Requirement::id);
        }

        public static String ids() {
            return Words.ids(values(), Requirement::id);
        }
    }
}
