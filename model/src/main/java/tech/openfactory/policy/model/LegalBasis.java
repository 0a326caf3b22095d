package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/** The lawful basis a purpose relies on (GDPR Art. 6(1)(a)–(f)), written in the YAML as {@code legal-obligation}. */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS;

    /** The word the YAML uses: {@code legitimate-interests}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LegalBasis> of(String id) {
        return Words.of(values(), id, LegalBasis::id);
    }

    /** Every id, for messages: "consent, contract, …". */
    public static String ids() {
        return Words.ids(values(), LegalBasis::id);
    }
}
