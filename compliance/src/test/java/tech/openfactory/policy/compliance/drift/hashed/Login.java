package tech.openfactory.policy.compliance.drift.hashed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import tech.openfactory.policy.annotations.Hashed;
import tech.openfactory.policy.annotations.PersonalData;

@Entity
public class Login {
    @Id
    Long id;

    @Hashed
    @PersonalData(category = "account", element = "authentication-identifiers")
    String passwordHash;

    /** Stored as the user typed it. */
    @PersonalData(category = "account", element = "authentication-identifiers")
    String recoveryAnswer;
}
