package tech.openfactory.policy.compliance.drift.security;

import tech.openfactory.policy.annotations.PersonalData;

/** Keeps the client's IP address with account data instead of in the security log. */
public class LoginAttempt {
    @PersonalData(category = "account", element = "authentication-identifiers")
    String login;

    @PersonalData(category = "account", element = "authentication-identifiers")
    String clientIp;
}
