package tech.openfactory.policy.compliance.drift.categories;

import com.openai.fixture.Client;
import tech.openfactory.policy.annotations.RecipientAdapter;

/** Sends account data to the AI provider, which may receive conversations only. */
@RecipientAdapter("ai-providers")
public class Assistant {
    String personalize(Client client, Account account) {
        return client.send(account.email);
    }
}
