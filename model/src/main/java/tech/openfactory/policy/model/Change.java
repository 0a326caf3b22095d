package tech.openfactory.policy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One fact that differs between two versions of the policy, e.g. the retention of security logs going from 60 to
 * 90 days. Values stay structured (a {@link Period}, a {@link KeptFor}, a date) so that whoever shows the change
 * words it the same way the page words the fact. What a fact is about and which of its aspects changed are types,
 * so the code that words a change is checked by the compiler against every aspect there is.
 *
 * @param section  the section the fact belongs to; null for facts of the whole policy (controller, dates)
 * @param type     added, removed or changed
 * @param noun     what the fact is about, e.g. a recipient
 * @param within   for an element, the name of its category; null otherwise
 * @param subject  which one, by its name or label, e.g. "Security logs"
 * @param aspect   for a change, which attribute changed; null for added and removed
 * @param before   the old value (of the aspect's type); null when added, or when the policy did not state it
 * @param after    the new value; null when removed, or when the policy no longer states it
 * @param material whether this change alone makes the new version material
 */
public record Change(Section section, Type type, Noun noun, String within, String subject, Aspect aspect,
        Object before, Object after, boolean material) {

    public Change {
        if ((type == Type.CHANGED) != (aspect != null)) {
            throw new IllegalArgumentException("a change has an aspect, an addition or removal none: " + type + " " + aspect);
        }
        if (aspect != null) {
            aspect.check(before);
            aspect.check(after);
        }
    }

    public enum Type { ADDED, REMOVED, CHANGED }

    /** What a changed fact is about. */
    public enum Noun {
        POLICY, DATA_CATEGORY, ELEMENT, SOURCE, PURPOSE, AUTOMATED_DECISIONS, AUTOMATED_DECISION, COMMITMENT,
        RECIPIENT, SHARING, INTERNATIONAL_TRANSFER, RETENTION_RULE, RIGHT, REQUESTS, REQUEST_METHOD,
        SECURITY_COMMITMENT, COOKIE, CHILDREN, POLICY_CHANGES, CONTACT;

        /** The noun in words: "retention rule". */
        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Which attribute of a fact changed, and the type its values have. */
    public enum Aspect {
        CONTROLLER(String.class, false),
        EFFECTIVE_DATE(LocalDate.class, false),
        LAST_UPDATED(LocalDate.class, false),
        ENCRYPTED(Boolean.class, false),
        HASHED(Boolean.class, false),
        PROVISION(Provision.Requirement.class, true),
        SOURCES(List.class, true),
        CALIFORNIA_CATEGORIES(List.class, true),
        KIND(Source.Kind.class, true),
        LEGAL_BASIS(LegalBasis.class, true),
        DATA_CATEGORIES(List.class, true),
        AUTOMATED_DECISIONS(List.class, true),
        ROLE(Recipient.Role.class, true),
        SOLD(Boolean.class, true),
        SHARED_FOR_ADVERTISING(Boolean.class, true),
        INTERNATIONAL_TRANSFERS(List.class, true),
        MECHANISM(Transfer.Mechanism.class, true),
        UK_MECHANISM(Transfer.Mechanism.class, true),
        OPT_OUT_LINK(String.class, true),
        DATA_CATEGORY(String.class, false),
        KEPT_FOR(KeptFor.class, false),
        AFTER_DELETION(AfterDeletion.class, false),
        RESPONSE_TIME(Period.class, false),
        REQUIRED(Boolean.class, false),
        MINIMUM_AGE(Integer.class, false),
        NOTICE_PERIOD(Period.class, false),
        EMAIL(String.class, false),
        WEBSITE(String.class, false),
        DATA_PROTECTION_OFFICER(Appointment.class, true),
        EU_REPRESENTATIVE(Appointment.class, true),
        UK_REPRESENTATIVE(Appointment.class, true),
        SUPERVISORY_AUTHORITY(SupervisoryAuthority.class, true);

        private final Class<?> type;
        private final boolean optional;

        Aspect(Class<?> type, boolean optional) {
            this.type = type;
            this.optional = optional;
        }

        /** The aspect in words: "kept for", "UK mechanism". */
        public String words() {
            return switch (this) {
                case EMAIL -> "e-mail";
                case UK_MECHANISM -> "UK mechanism";
                case EU_REPRESENTATIVE -> "EU representative";
                case UK_REPRESENTATIVE -> "UK representative";
                case CALIFORNIA_CATEGORIES -> "California categories";
                case OPT_OUT_LINK -> "opt-out link";
                default -> name().toLowerCase(Locale.ROOT).replace('_', ' ');
            };
        }

        /**
         * A fact the policy may leave unstated (the legal facts): its null means "not stated", where the null of
         * another fact means "none" (no notice period).
         */
        public boolean optional() {
            return optional;
        }

        void check(Object value) {
            if (value != null && !type.isInstance(value)) {
                throw new IllegalArgumentException(this + " holds a " + type.getSimpleName() + ", not "
                        + value.getClass().getSimpleName());
            }
        }
    }

    /** What the fact is about, in words: "recipient", "element of Account information". */
    public String what() {
        return noun == Noun.ELEMENT ? "element of " + within : noun.words();
    }

    static Change added(Section section, Noun noun, String subject, boolean material) {
        return new Change(section, Type.ADDED, noun, null, subject, null, null, subject, material);
    }

    static Change removed(Section section, Noun noun, String subject, boolean material) {
        return new Change(section, Type.REMOVED, noun, null, subject, null, subject, null, material);
    }

    static Change changed(Section section, Noun noun, String subject, Aspect aspect, Object before, Object after,
            boolean material) {
        return new Change(section, Type.CHANGED, noun, null, subject, aspect, before, after, material);
    }

    /** The same change, about an element of the named category. */
    Change within(String category) {
        return new Change(section, type, noun, category, subject, aspect, before, after, material);
    }
}
