package tech.openfactory.service.builds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tech.openfactory.policy.annotations.RetentionJob;
import tech.openfactory.service.storage.ArtifactStore;

/** Deletes ISO images once they are older than the policy allows. */
@RetentionJob(rule = "iso-images", keeps = "90 days")
public class IsoImagePurgeJob {
    static final Duration KEEP = Duration.ofDays(90);

    private final ArtifactStore store;

    public IsoImagePurgeJob(ArtifactStore store) {
        this.store = store;
    }

    public void run(List<IsoImage> images, Instant now) {
        for (IsoImage image : images) {
            if (image.builtAt().plus(KEEP).isBefore(now)) {
                store.delete(image);
            }
        }
    }
}
