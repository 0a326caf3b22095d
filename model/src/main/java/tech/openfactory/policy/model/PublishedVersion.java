package tech.openfactory.policy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tech.openfactory.policy.translation.Translation;

/**
 * A version of the policy as it was published, frozen in {@code versions/<lastUpdated>.yaml}.
 *
 * @param file     the file's name, e.g. {@code 2026-04-08.yaml}
 * @param policy   the policy it holds
 * @param sha256   the SHA-256 of the file's bytes, as recorded in {@code versions.lock}; consent records can store
 *                 it to prove which text a person saw
 * @param kind     initial, editorial or material
 * @param released the day it was published
 * @param summary  one line saying what changed
 * @param reason   why a change computed as material was published as editorial; null otherwise
 * @param translations the translations frozen with it by the release, in {@code versions/<id>/<locale>.yaml},
 *                 ordered by tag; each checked against its SHA-256 in {@code versions.lock}. Empty for a version
 *                 released without translations
 */
public record PublishedVersion(String file, Policy policy, String sha256, ChangeKind kind, LocalDate released,
        String summary, String reason, List<Translation> translations) {

    public PublishedVersion {
        translations = translations == null ? List.of() : List.copyOf(translations);
    }

    /** A version without frozen translations. */
    public PublishedVersion(String file, Policy policy, String sha256, ChangeKind kind, LocalDate released,
            String summary, String reason) {
        this(file, policy, sha256, kind, released, summary, reason, List.of());
    }

    /** The translation frozen with this version for a BCP 47 tag such as {@code de}, if any. */
    public Optional<Translation> translation(String tag) {
        return translations.stream().filter(t -> t.tag().equals(tag)).findFirst();
    }

    /** The version's stable name and URL segment: its last-updated date, e.g. "2026-04-08". */
    public String id() {
        return policy.lastUpdated().toString();
    }

    public LocalDate lastUpdated() {
        return policy.lastUpdated();
    }

    public LocalDate effective() {
        return policy.effective();
    }
}
