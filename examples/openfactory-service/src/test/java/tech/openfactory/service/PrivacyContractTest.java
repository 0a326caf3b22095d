package tech.openfactory.service;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tech.openfactory.service.contracts.ServiceFixtures;

/** The contracts a product adds beside its static check: the service behaves as the privacy policy says. */
class PrivacyContractTest {

    @TestFactory
    Stream<DynamicNode> the_service_behaves_as_the_privacy_policy_says() {
        return ServiceFixtures.asInProduction().build().tests();
    }
}
