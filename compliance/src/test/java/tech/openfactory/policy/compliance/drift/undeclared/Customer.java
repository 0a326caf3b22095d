package tech.openfactory.policy.compliance.drift.undeclared;

import jakarta.persistence.Entity;

@Entity
public class Customer {
    String phoneNumber;
    String plan;
}
