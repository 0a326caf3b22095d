package tech.openfactory.policy.compliance.drift.encryption;

import tech.openfactory.policy.annotations.PersonalData;

public class Credential {
    @PersonalData(category = "organizations", element = "integration-credentials")
    String token;
}
