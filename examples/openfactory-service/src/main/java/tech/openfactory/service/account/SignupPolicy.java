package tech.openfactory.service.account;

import java.time.LocalDate;
import java.time.Period;
import tech.openfactory.policy.annotations.MinimumAge;

/** Who may open an account. */
public final class SignupPolicy {
    @MinimumAge(16)
    public static final int MINIMUM_AGE = 16;

    private SignupPolicy() {}

    public static boolean mayRegister(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears() >= MINIMUM_AGE;
    }
}
