package com.openai.client;

import java.util.List;

/** Stand-in for an AI provider's chat client: sends messages, returns the model's reply. */
public class OpenAIClient {
    public String complete(String model, List<String> messages) {
        return "(reply to " + messages.size() + " messages from " + model + ")";
    }
}
