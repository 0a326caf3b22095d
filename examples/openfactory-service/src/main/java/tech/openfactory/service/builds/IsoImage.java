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

    public String storageKey() {
        return storageKey;
    }

    public Instant builtAt() {
        return builtAt;
    }
}
