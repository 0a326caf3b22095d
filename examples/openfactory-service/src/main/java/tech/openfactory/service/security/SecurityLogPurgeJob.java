package tech.openfactory.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tech.openfactory.policy.annotations.RetentionJob;
import tech.openfactory.service.storage.Database;

/** Removes security log lines past their retention period. */
@RetentionJob(rule = "security-logs", keeps = "90 days")
public class SecurityLogPurgeJob {
    static final Duration KEEP = Duration.ofDays(90);

    private final Database database;
    private final Clock clock;

    public SecurityLogPurgeJob(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public int run() {
        Instant cutoff = clock.instant().minus(KEEP);
        return database.deleteIf(SecurityEvent.class, e -> e.at().isBefore(cutoff));
    }
}
