package tech.openfactory.policy.compliance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.Section;

/**
 * §8: a required cookie, set without consent, is at least Secure and HttpOnly: the Servlet setters or the
 * {@code ResponseCookie} builder steps called on it, or, for the container's session cookie, Spring Boot's
 * {@code server.servlet.session.cookie.secure} (HttpOnly is the container's default unless turned off).
 */
public final class CookieSecurityRule {
    private CookieSecurityRule() {}

    public static String clause(CheckContext context, Cookie cookie) {
        return context.clause(Section.COOKIES, cookie.name() + ": Secure and HttpOnly (required)");
    }

    /** One condition per required cookie. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (Cookie cookie : context.policy().cookies().cookies()) {
            if (!cookie.required()) {
                continue;
            }
            conditions.add(new ClauseCondition(context, RuleId.COOKIE_SECURITY, clause(context, cookie), (index, sink) -> {
                        for (CodeIndex.CookieSet set : Cookies.setsOf(context.policy(), index, cookie)) {
                            if (set.deletes()) {
                                continue; // a cookie being removed carries no value to protect
                            }
                            List<String> missing = new ArrayList<>();
                            switch (set.source()) {
                                case SERVLET_COOKIE, RESPONSE_COOKIE, SESSION_COOKIE_CONFIG -> {
                                    if (!set.flags().contains("secure")) {
                                        missing.add(set.source() == CodeIndex.CookieSource.RESPONSE_COOKIE ? "secure(true)" : "setSecure(true)");
                                    }
                                    if (!set.flags().contains("httpOnly") && !cookie.scriptReadable()) {
                                        missing.add(set.source() == CodeIndex.CookieSource.RESPONSE_COOKIE ? "httpOnly(true)" : "setHttpOnly(true)");
                                    }
                                }
                                case SESSION_CONFIGURATION -> {
                                    if (!"true".equals(first(index.resources().property("server.servlet.session.cookie.secure")))) {
                                        missing.add("server.servlet.session.cookie.secure=true");
                                    }
                                    if ("false".equals(first(index.resources().property("server.servlet.session.cookie.http-only")))
                                            && !cookie.scriptReadable()) {
                                        missing.add("server.servlet.session.cookie.http-only=true");
                                    }
                                }
                                default -> {
                                    sink.unverified(set.where() + ": the flags of a cookie " + set.source().words()
                                            + " are not read from the code");
                                    continue;
                                }
                            }
                            if (missing.isEmpty()) {
                                sink.evidence(set.where() + " makes " + cookie.id() + (cookie.scriptReadable()
                                        ? " Secure (the policy says scripts read it, so it is not HttpOnly)" : " Secure and HttpOnly"));
                            } else {
                                sink.violation(set.element(), set.where() + " sets " + cookie.name() + " " + Cookies.how(set) + " without "
                                        + String.join(" and ", missing) + "; a required cookie is Secure and HttpOnly (HttpOnly may be left out"
                                        + " only for a cookie the policy marks scriptReadable: true)");
                            }
                        }
                    }));
        }
        return conditions;
    }

    private static String first(Map<String, String> values) {
        return values.values().stream().findFirst().orElse(null);
    }
}
