package tech.openfactory.policy.model;

import java.time.LocalDate;

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
 */
public record PublishedVersion(String file, Policy policy, String sha256, ChangeKind kind, LocalDate released,
        String summary, String reason) {

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
