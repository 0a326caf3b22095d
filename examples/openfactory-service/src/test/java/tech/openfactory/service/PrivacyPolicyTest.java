package tech.openfactory.service;

import org.junit.jupiter.api.Test;
import tech.openfactory.policy.compliance.PolicyCheck;

/** The one test a product repository adds: the build fails when the code drifts from the privacy policy. */
class PrivacyPolicyTest {

    @Test
    void code_does_what_the_privacy_policy_says() {
        PolicyCheck.builder().packages("tech.openfactory.service").build().run().assertNoViolations();
    }
}
