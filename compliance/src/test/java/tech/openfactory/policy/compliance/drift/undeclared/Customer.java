package tech.openfactory.policy.compliance.drift.undeclared;

import jakarta.persistence.Entity;
import tech.openfactory.policy.annotations.NotPersonal;

@Entity
public class Customer {
    String phoneNumber;

    @NotPersonal("the name of a pricing plan from the price list")
    String plan;
}
