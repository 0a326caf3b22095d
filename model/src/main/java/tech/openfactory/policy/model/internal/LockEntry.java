package tech.openfactory.policy.model.internal;

import java.time.LocalDate;
import java.util.List;
import tech.openfactory.policy.model.ChangeKind;

/**
 * One published version as {@code versions.lock} records it, with where the record stands in the lock file.
 *
 * @param translations the translations frozen with it, each {@code <version>/<locale>.yaml} with its SHA-256;
 *                     empty for a version released without translations (the lock then has no
 *                     {@code translations:} key)
 */
public record LockEntry(String file, String sha256, ChangeKind kind, LocalDate released, String summary,
        String reason, List<LockedTranslation> translations, int line, int column) {

    public LockEntry {
        translations = translations == null ? List.of() : List.copyOf(translations);
    }

    /** A version without frozen translations. */
    public LockEntry(String file, String sha256, ChangeKind kind, LocalDate released, String summary, String reason,
            int line, int column) {
        this(file, sha256, kind, released, summary, reason, List.of(), line, column);
    }

    /**
     * A translation frozen with a version.
     *
     * @param file   relative to the versions folder, e.g. {@code 2026-04-08/de.yaml}
     * @param sha256 the SHA-256 of its bytes
     */
    public record LockedTranslation(String file, String sha256, int line, int column) {}
}
