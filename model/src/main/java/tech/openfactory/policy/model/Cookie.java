package tech.openfactory.policy.model;

import java.util.List;

/**
 * A cookie or similar signal; {@code required} cookies are set without consent.
 *
 * @param names          the names the code sets it under, e.g. {@code of_session}; empty when the policy names none
 * @param scriptReadable the page's scripts read it (a consent choice the banner reads), so it cannot be HttpOnly;
 *                       read by the compliance kit, not shown on the page
 */
public record Cookie(String id, String name, Prose purpose, boolean required, List<String> names, boolean scriptReadable) {
    public Cookie {
        names = List.copyOf(names);
    }
}
