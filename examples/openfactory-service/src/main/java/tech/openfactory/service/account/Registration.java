package tech.openfactory.service.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import tech.openfactory.service.storage.Database;

/** Opens accounts: refuses anyone younger than the sign-up policy allows. */
public class Registration {
    private final Database database;
    private final Clock clock;

    public Registration(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Opens an account, or refuses with the reason. */
    public Account register(long id, String name, String email, LocalDate birthDate) {
        if (!oldEnough(birthDate, LocalDate.now(clock))) {
            throw new IllegalArgumentException("too young to open an account");
        }
        return database.save(new Account(id, name, email, null, "local|" + id));
    }

    protected boolean oldEnough(LocalDate birthDate, LocalDate today) {
        return SignupPolicy.mayRegister(birthDate, today);
    }
}
