package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new version of the policy is to readers. A material change takes effect only after the notice period;
 * an editorial one changes wording, not substance.
 */
public enum ChangeKind {
    /** Nothing changed. */
    NONE,
    /** The first published version: there is nothing to compare it with. */
    INITIAL,
    /** Wording only: the effective date stays, the last-updated date moves. */
    EDITORIAL,
    /** Substance: readers are notified and the change takes effect after the notice period. */
    MATERIAL;

    /** The word used in files and on the command line: "editorial". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChangeKind> of(String id) {
        for (ChangeKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
