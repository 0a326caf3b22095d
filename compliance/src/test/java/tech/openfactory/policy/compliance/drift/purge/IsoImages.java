package tech.openfactory.policy.compliance.drift.purge;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import tech.openfactory.policy.annotations.RetentionJob;

/** A purge job whose code keeps ISO images for 900 days, under an annotation that says nothing of the period. */
public class IsoImages {
    private final List<Instant> builtAt;

    IsoImages(List<Instant> builtAt) {
        this.builtAt = builtAt;
    }

    @RetentionJob(rule = "iso-images")
    void purge() {
        Instant cutoff = Instant.now().minus(900, ChronoUnit.DAYS);
        builtAt.removeIf(t -> t.isBefore(cutoff));
    }

    /** Runs on a schedule and deletes, but is not declared: offered as the job of the security-log rule. */
    void cleanupSecurityLog(List<Instant> events) {
        events.removeIf(t -> t.isBefore(Instant.now().minus(java.time.Duration.ofDays(90))));
    }
}
