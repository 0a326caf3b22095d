package tech.openfactory.service.conversations;

import com.openai.client.OpenAIClient;
import java.util.List;
import tech.openfactory.policy.annotations.RecipientAdapter;

/** The one place conversations reach the AI provider: only what the request needs. */
@RecipientAdapter("ai-providers")
public class AiAssistant {
    static final String MODEL = "build-assistant";

    private final OpenAIClient client;

    public AiAssistant(OpenAIClient client) {
        this.client = client;
    }

    public String reply(Conversation conversation) {
        String answer = client.complete(MODEL, prompt(conversation));
        conversation.add(answer);
        return answer;
    }

    /** What the provider is sent: the conversation so far, nothing about the account. */
    protected List<String> prompt(Conversation conversation) {
        return conversation.messages();
    }
}
