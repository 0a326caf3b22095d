package tech.openfactory.service.builds;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import tech.openfactory.policy.annotations.PersonalData;

/** One run of a recipe: its settings, log and test results. */
@Entity
@PersonalData(category = "builds", element = "build-settings")
public class Build {
    @Id
    private long id;

    private long accountId;
    private long recipeId;
    private Instant startedAt;

    @PersonalData(category = "builds", element = "build-settings")
    private String settings;

    @PersonalData(category = "builds", element = "build-logs")
    private String log;

    @PersonalData(category = "builds", element = "test-results")
    private String testResults;

    protected Build() {}

    public Build(long id, long accountId, long recipeId, Instant startedAt, String settings, String log, String testResults) {
        this.id = id;
        this.accountId = accountId;
        this.recipeId = recipeId;
        this.startedAt = startedAt;
        this.settings = settings;
        this.log = log;
        this.testResults = testResults;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String settings() {
        return settings;
    }

    public String log() {
        return log;
    }

    public String testResults() {
        return testResults;
    }
}
