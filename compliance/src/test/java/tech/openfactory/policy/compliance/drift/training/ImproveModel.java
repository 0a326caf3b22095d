package tech.openfactory.policy.compliance.drift.training;

import com.openai.fixture.finetuning.Trainer;

/** Feeds conversations to a fine-tuning API: what the policy rules out. */
public class ImproveModel {
    void nightly(Conversation conversation) {
        Trainer.train(conversation.text);
    }
}
