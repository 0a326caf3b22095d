package tech.openfactory.policy.compliance.drift.inherited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Inherits the name and declares nothing. */
@Entity
public class Staff extends Person {
    @Id
    Long id;
}
