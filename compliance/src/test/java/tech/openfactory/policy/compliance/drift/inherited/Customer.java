package tech.openfactory.policy.compliance.drift.inherited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import tech.openfactory.policy.annotations.PersonalData;

@Entity
@PersonalData(field = "firstName", category = "account", element = "name")
@PersonalData(field = "lastName", category = "account", element = "name")
public class Customer extends Person {
    @Id
    Long id;
}
