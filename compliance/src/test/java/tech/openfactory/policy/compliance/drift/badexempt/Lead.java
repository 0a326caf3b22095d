package tech.openfactory.policy.compliance.drift.badexempt;

import jakarta.persistence.Entity;
import tech.openfactory.policy.annotations.Exempt;

/** Exemptions that cannot work: a misspelt rule, and no reason. */
@Entity
public class Lead {
    @Exempt(rule = "undeclared-data", reason = "a shared inbox")
    String email;

    @Exempt(rule = "undeclared-personal-data", reason = " ")
    String phone;
}
