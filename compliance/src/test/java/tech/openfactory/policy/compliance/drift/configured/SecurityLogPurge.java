package tech.openfactory.policy.compliance.drift.configured;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import tech.openfactory.policy.annotations.RetentionJob;

/** Periods taken from the configuration (src/test/resources/application.properties), as services take them. */
public class SecurityLogPurge {
    @Value("${security-log.keep-days:90}")
    private int keepDays;

    @Value("${iso-images.keep:90d}")
    private Duration keepImages;

    @RetentionJob(rule = "security-logs")
    void purgeLogs(List<Instant> events) {
        events.removeIf(t -> t.isBefore(Instant.now().minus(Duration.ofDays(keepDays))));
    }

    @RetentionJob(rule = "iso-images")
    void purgeImages(List<Instant> images) {
        Instant cutoff = Instant.now().minus(keepImages);
        images.removeIf(t -> t.isBefore(cutoff));
    }
}
