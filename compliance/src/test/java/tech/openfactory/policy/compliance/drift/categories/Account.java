package tech.openfactory.policy.compliance.drift.categories;

import tech.openfactory.policy.annotations.PersonalData;

public class Account {
    @PersonalData(category = "account", element = "email-address")
    String email;
}
