package tech.openfactory.service.builds;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import tech.openfactory.policy.annotations.PersonalData;

/** The description of an operating system a person builds. */
@Entity
@PersonalData(category = "builds", element = "recipes")
public class Recipe {
    @Id
    private long id;

    private long ownerId;

    @PersonalData(category = "builds", element = "recipes")
    private String content;

    protected Recipe() {}

    public Recipe(long id, long ownerId, String content) {
        this.id = id;
        this.ownerId = ownerId;
        this.content = content;
    }

    public long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String content() {
        return content;
    }
}
