package tech.openfactory.policy.model;

import java.util.List;

/**
 * A cookie or similar signal; {@code required} cookies are set without consent.
 *
 * @param names the names the code sets it under, e.g. {@code of_session}; empty when the policy names none
 */
public record Cookie(String id, String name, Prose purpose, boolean required, List<String> names) {}
