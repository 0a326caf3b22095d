package tech.openfactory.service.builds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tech.openfactory.policy.annotations.RetentionJob;
import tech.openfactory.service.storage.ArtifactStore;
import tech.openfactory.service.storage.Database;

/** Deletes ISO images once they are older than the policy allows: the file in the object store, then the row. */
@RetentionJob(rule = "iso-images", keeps = "90 days")
public class IsoImagePurgeJob {
    static final Duration KEEP = Duration.ofDays(90);

    private final Database database;
    private final ArtifactStore store;
    private final Clock clock;

    public IsoImagePurgeJob(Database database, ArtifactStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    public int run() {
        Instant cutoff = clock.instant().minus(keep());
        for (IsoImage image : database.all(IsoImage.class)) {
            if (image.builtAt().isBefore(cutoff)) {
                store.delete(image);
            }
        }
        return database.deleteIf(IsoImage.class, image -> image.builtAt().isBefore(cutoff));
    }

    protected Duration keep() {
        return KEEP;
    }
}
