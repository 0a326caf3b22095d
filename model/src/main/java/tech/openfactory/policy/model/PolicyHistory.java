package tech.openfactory.policy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every published version of the policy, oldest first, and the living policy legal edits. Loaded and checked by
 * {@link HistoryLoader}: the versions are the files the lock names, unchanged.
 */
public final class PolicyHistory {
    private final Policy living;
    private final List<PublishedVersion> versions;
    /** Position of each version, by identity: records compare deeply, and a history may hold a thousand. */
    private final java.util.Map<PublishedVersion, Integer> positions = new java.util.IdentityHashMap<>();

    public PolicyHistory(Policy living, List<PublishedVersion> versions) {
        this.living = living;
        this.versions = List.copyOf(versions);
        for (int i = 0; i < this.versions.size(); i++) {
            positions.put(this.versions.get(i), i);
        }
    }

    /** {@code content/privacy/policy.yaml}: the next version in the making. */
    public Policy living() {
        return living;
    }

    /** The published versions, oldest first. */
    public List<PublishedVersion> versions() {
        return versions;
    }

    public Optional<PublishedVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The version before {@code version}, if any. */
    public Optional<PublishedVersion> previous(PublishedVersion version) {
        Integer i = positions.get(version);
        if (i == null) {
            i = versions.indexOf(version);
        }
        return i > 0 ? Optional.of(versions.get(i - 1)) : Optional.empty();
    }

    /** The version that applies on {@code day}: the latest one whose effective date has come. */
    public Optional<PublishedVersion> inForce(LocalDate day) {
        PublishedVersion found = null;
        for (PublishedVersion version : versions) {
            if (!version.effective().isAfter(day)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest published version that has not yet taken effect on {@code day}, if any. */
    public Optional<PublishedVersion> upcoming(LocalDate day) {
        return latest().filter(v -> v.effective().isAfter(day));
    }

    /** What the living policy changes against the latest published version (all of it when none is). */
    public Optional<PolicyDiff> pending() {
        return latest().map(v -> PolicyDiff.between(v.policy(), living));
    }
}
