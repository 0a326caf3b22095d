package tech.openfactory.service.contracts;

import tech.openfactory.policy.compliance.PolicyContracts;

/** The service wired as in production, for the contract tests outside this package. */
public final class ServiceFixtures {
    private ServiceFixtures() {}

    public static PolicyContracts.Builder asInProduction() {
        return new ServiceFixture().contracts();
    }
}
