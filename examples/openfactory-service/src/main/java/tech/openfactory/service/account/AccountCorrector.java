package tech.openfactory.service.account;

import tech.openfactory.policy.annotations.Corrector;
import tech.openfactory.service.storage.Database;

/** Answers correction requests: fixes the name or e-mail address of an account. */
@Corrector("account")
public class AccountCorrector {
    private final Database database;

    public AccountCorrector(Database database) {
        this.database = database;
    }

    public void correct(long accountId, String name, String email) {
        Account account = database.all(Account.class).stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        if (name != null) {
            account.rename(name);
        }
        if (email != null) {
            account.changeEmail(email);
        }
    }
}
