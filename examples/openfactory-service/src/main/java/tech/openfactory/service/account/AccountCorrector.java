package tech.openfactory.service.account;

import tech.openfactory.policy.annotations.Corrector;

/** Answers correction requests: fixes the name or e-mail address of an account. */
@Corrector("account")
public class AccountCorrector {
    public void correct(Account account, String name, String email) {
        account.rename(name);
        account.changeEmail(email);
    }
}
