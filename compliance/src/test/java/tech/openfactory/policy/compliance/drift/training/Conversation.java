package tech.openfactory.policy.compliance.drift.training;

import tech.openfactory.policy.annotations.PersonalData;

public class Conversation {
    @PersonalData(category = "conversations", element = "conversation")
    String text;
}
