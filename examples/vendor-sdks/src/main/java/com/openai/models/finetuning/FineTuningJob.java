package com.openai.models.finetuning;

import java.util.List;

/** Stand-in for an AI provider's fine-tuning API: uploads examples to train a model on. */
public class FineTuningJob {
    public static FineTuningJob create(String baseModel, List<String> trainingExamples) {
        return new FineTuningJob();
    }
}
