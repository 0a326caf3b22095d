package tech.openfactory.policy.compliance.drift.adapter;

import com.openai.fixture.Client;

/** Calls the AI provider directly instead of through its adapter. */
public class ChatController {
    String ask(Client client, String question) {
        return client.send(question);
    }
}
