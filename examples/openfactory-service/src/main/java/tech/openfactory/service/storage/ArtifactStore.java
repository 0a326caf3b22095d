package tech.openfactory.service.storage;

import software.amazon.awssdk.services.s3.S3Client;
import tech.openfactory.policy.annotations.RecipientAdapter;
import tech.openfactory.service.builds.IsoImage;

/** Build artifacts in the cloud object store: the infrastructure provider's one adapter. */
@RecipientAdapter("infrastructure-providers")
public class ArtifactStore {
    private static final String BUCKET = "openfactory-artifacts";

    private final S3Client s3;

    public ArtifactStore(S3Client s3) {
        this.s3 = s3;
    }

    public void put(IsoImage image, byte[] content) {
        s3.putObject(BUCKET, image.storageKey(), content);
    }

    public void delete(IsoImage image) {
        s3.deleteObject(BUCKET, image.storageKey());
    }
}
