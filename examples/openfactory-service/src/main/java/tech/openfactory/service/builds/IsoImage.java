package tech.openfactory.service.builds;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import tech.openfactory.policy.annotations.PersonalData;

/** A generated ISO image, kept in the object store. */
@Entity
public class IsoImage {
    @Id
    private long id;

    private long buildId;
    private Instant builtAt;

    @PersonalData(category = "builds", element = "generated-images")
    private String storageKey;

    protected IsoImage() {}

    public IsoImage(long id, long buildId, Instant builtAt, String storageKey) {
        this.id = id;
        this.buildId = buildId;
        this.builtAt = builtAt;
        this.storageKey = storageKey;
    }

    public long id() {
        return id;
    }

    public long buildId() {
        return buildId;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant builtAt() {
        return builtAt;
    }
}
