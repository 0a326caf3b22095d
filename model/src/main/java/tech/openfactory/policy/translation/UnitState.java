package tech.openfactory.policy.translation;

/** Where one unit of a translation stands against the English policy. */
public enum UnitState {
    /** Translated from the English text the policy has now: the page shows the translation. */
    CURRENT,
    /** In the English policy, not in the translation: the page shows the English text. */
    MISSING,
    /**
     * Translated from an English text that has changed since (its SHA-256 differs from the recorded {@code source}):
     * the page shows the English text with a note, or the build refuses, as {@link StalePolicy} says.
     */
    STALE,
    /**
     * Translated from the current English text but with other placeholders than it: a fact would be dropped,
     * added or written by hand. Never shown; {@code policy translations status} exits 1.
     */
    PLACEHOLDER_MISMATCH,
    /** In the translation, no longer in the English policy (its item was removed): nothing shows it. */
    ORPHANED;

    /** Whether the page shows the English text instead of a translation for a unit in this state. */
    public boolean shownInEnglish() {
        return this == MISSING || this == STALE || this == PLACEHOLDER_MISMATCH;
    }
}
