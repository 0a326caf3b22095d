package tech.openfactory.policy.compliance.drift.undeclared2;

import jakarta.persistence.Entity;

/** A violation added after the kit was adopted. */
@Entity
public class Lead {
    String email;
}
