package tech.openfactory.policy.compliance.drift.unclassified;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import tech.openfactory.policy.annotations.PersonalData;

/** A person-like type: every field that can hold text must say whether it is personal. */
@Entity
public class Member {
    @Id
    Long id;

    @PersonalData(category = "account", element = "email-address")
    String email;

    String motto;
    LocalDate birthDate;
    Instant lastSeen;
    boolean active;
}
