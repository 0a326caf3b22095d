package tech.openfactory.policy.compliance.drift.declared;

import tech.openfactory.policy.annotations.PersonalData;

public class Profile {
    @PersonalData(category = "account", element = "e-mail")
    String mail;

    @PersonalData(category = "billing", element = "iban")
    String iban;
}
