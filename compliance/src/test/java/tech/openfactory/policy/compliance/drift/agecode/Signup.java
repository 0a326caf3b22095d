package tech.openfactory.policy.compliance.drift.agecode;

import tech.openfactory.policy.annotations.MinimumAge;

/** The annotation says the policy's age; the constant says another. */
public class Signup {
    @MinimumAge(16)
    static final int MINIMUM_AGE = 13;

    boolean allowed(int age) {
        return age >= MINIMUM_AGE;
    }
}
