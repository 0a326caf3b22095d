package tech.openfactory.service.conversations;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.annotations.PersonalData;

/** An AI-assisted build session: what the person and the assistant said, and the drafts it produced. */
@Entity
@PersonalData(category = "conversations", element = "conversation")
public class Conversation {
    @Id
    private long id;

    private long accountId;

    @ElementCollection
    @PersonalData(category = "conversations", element = "conversation")
    private List<String> messages = new ArrayList<>();

    @ElementCollection
    @PersonalData(category = "conversations", element = "draft-artifacts")
    private List<String> drafts = new ArrayList<>();

    protected Conversation() {}

    public Conversation(long id, long accountId) {
        this.id = id;
        this.accountId = accountId;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    public List<String> drafts() {
        return List.copyOf(drafts);
    }

    public void add(String message) {
        messages.add(message);
    }

    public void draft(String artifact) {
        drafts.add(artifact);
    }
}
