package tech.openfactory.policy.compliance.drift.age;

import tech.openfactory.policy.annotations.MinimumAge;

public class Signup {
    @MinimumAge(13)
    static final int MINIMUM_AGE = 13;
}
