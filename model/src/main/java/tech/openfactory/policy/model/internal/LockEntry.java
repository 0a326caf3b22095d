package tech.openfactory.policy.model.internal;

import java.time.LocalDate;
import tech.openfactory.policy.model.ChangeKind;

/** One published version as {@code versions.lock} records it, with where the record stands in the lock file. */
public record LockEntry(String file, String sha256, ChangeKind kind, LocalDate released, String summary,
        String reason, int line, int column) {}
