package tech.openfactory.service.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tech.openfactory.policy.annotations.RetentionJob;

/** Removes security log lines past their retention period. */
@RetentionJob(rule = "security-logs", keeps = "90 days")
public class SecurityLogPurgeJob {
    static final Duration KEEP = Duration.ofDays(90);

    public List<SecurityEvent> expired(List<SecurityEvent> events, Instant now) {
        return events.stream().filter(e -> e.at().plus(KEEP).isBefore(now)).toList();
    }
}
