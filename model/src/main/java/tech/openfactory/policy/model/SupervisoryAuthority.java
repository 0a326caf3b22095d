package tech.openfactory.policy.model;

/**
 * The authority a person may lodge a complaint with (GDPR Art. 13(2)(d), Art. 77).
 *
 * @param website its web address, a host such as {@code www.edpb.europa.eu}; null when not stated
 */
public record SupervisoryAuthority(String name, String website) {}
