package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Data a recipient receives outside the EEA or the UK (GDPR Art. 13(1)(f), Chapter V).
 *
 * @param country     the ISO 3166-1 alpha-2 code of the country, e.g. {@code US}
 * @param mechanism   what makes the transfer lawful under the GDPR; null when not stated
 * @param ukMechanism what makes it lawful under the UK GDPR; null when not stated
 * @param copy        how to obtain a copy of the safeguards, e.g. a link or "write to the contact address"; null when
 *                    not stated
 */
public record Transfer(String country, Mechanism mechanism, Mechanism ukMechanism, Prose copy) {

    /** The country's English name, e.g. "United States". */
    public String countryName() {
        return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    }

    /** The legal grounds for a transfer under Chapter V of the GDPR and of the UK GDPR. */
    public enum Mechanism {
        /** An adequacy decision (GDPR Art. 45) or UK adequacy regulations. */
        ADEQUACY(true, true, false),
        /** Standard contractual clauses (Art. 46(2)(c)). */
        SCCS(true, false, true),
        /** Binding corporate rules (Art. 47). */
        BCRS(true, true, true),
        /** A derogation for a specific situation (Art. 49). */
        DEROGATION(true, true, false),
        /** The UK's International Data Transfer Agreement. */
        IDTA(false, true, true),
        /** The UK Addendum to the EU standard contractual clauses. */
        UK_ADDENDUM(false, true, true);

        private final boolean eu;
        private final boolean uk;
        private final boolean safeguard;

        Mechanism(boolean eu, boolean uk, boolean safeguard) {
            this.eu = eu;
            this.uk = uk;
            this.safeguard = safeguard;
        }

        /** Whether it is a ground under the GDPR. */
        public boolean eu() {
            return eu;
        }

        /** Whether it is a ground under the UK GDPR. */
        public boolean uk() {
            return uk;
        }

        /** An appropriate safeguard, of which a person may obtain a copy (Art. 13(1)(f)). */
        public boolean safeguard() {
            return safeguard;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Mechanism> of(String id) {
            return Words.of(values(), id, Mechanism::id);
        }

        public static String ids(boolean uk) {
            return java.util.Arrays.stream(values()).filter(m -> uk ? m.uk : m.eu).map(Mechanism::id)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }
}
