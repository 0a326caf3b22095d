package tech.openfactory.service.privacy;

import java.util.Set;
import java.util.stream.Collectors;
import tech.openfactory.policy.annotations.Eraser;
import tech.openfactory.service.account.Account;
import tech.openfactory.service.builds.Build;
import tech.openfactory.service.builds.IsoImage;
import tech.openfactory.service.builds.Recipe;
import tech.openfactory.service.conversations.Conversation;
import tech.openfactory.service.organizations.IntegrationCredential;
import tech.openfactory.service.organizations.Organization;
import tech.openfactory.service.security.SecurityEvent;
import tech.openfactory.service.storage.ArtifactStore;
import tech.openfactory.service.storage.Database;

/** Answers deletion requests: removes an account and everything tied to it. */
@Eraser({"account", "builds", "conversations", "security", "organizations"})
public class AccountEraser {
    private final Database database;
    private final ArtifactStore store;

    public AccountEraser(Database database, ArtifactStore store) {
        this.database = database;
        this.store = store;
    }

    public void erase(long accountId) {
        eraseBuilds(accountId);
        database.deleteIf(Conversation.class, c -> c.accountId() == accountId);
        eraseSecurityLog(accountId);
        database.all(Organization.class).forEach(o -> o.leave(accountId));
        database.deleteIf(IntegrationCredential.class, c -> c.connectedBy() == accountId);
        database.deleteIf(Account.class, a -> a.id() == accountId);
    }

    /** Recipes, builds, and the images of those builds, file and row. */
    protected void eraseBuilds(long accountId) {
        Set<Long> builds = database.all(Build.class).stream().filter(b -> b.accountId() == accountId).map(Build::id)
                .collect(Collectors.toSet());
        database.all(IsoImage.class).stream().filter(i -> builds.contains(i.buildId())).forEach(store::delete);
        database.deleteIf(IsoImage.class, i -> builds.contains(i.buildId()));
        database.deleteIf(Build.class, b -> b.accountId() == accountId);
        database.deleteIf(Recipe.class, r -> r.ownerId() == accountId);
    }

    protected void eraseSecurityLog(long accountId) {
        database.deleteIf(SecurityEvent.class, e -> e.accountId() == accountId);
    }
}
