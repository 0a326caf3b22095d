package tech.openfactory.service.builds;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import tech.openfactory.policy.annotations.PersonalData;

/** One run of a recipe: its settings, log and test results. */
@Entity
public class Build {
    @Id
    private long id;

    private long recipeId;
    private Instant startedAt;

    @PersonalData(category = "builds", element = "build-settings")
    private String settings;

    @PersonalData(category = "builds", element = "build-logs")
    private String log;

    @PersonalData(category = "builds", element = "test-results")
    private String testResults;

    public String log() {
        return log;
    }
}
