package tech.openfactory.service.conversations;

import com.openai.client.OpenAIClient;
import tech.openfactory.policy.annotations.RecipientAdapter;

/** The one place conversations reach the AI provider: only what the request needs. */
@RecipientAdapter("ai-providers")
public class AiAssistant {
    private final OpenAIClient client;

    public AiAssistant(OpenAIClient client) {
        this.client = client;
    }

    public String reply(Conversation conversation) {
        String answer = client.complete("build-assistant", conversation.messages());
        conversation.add(answer);
        return answer;
    }
}
