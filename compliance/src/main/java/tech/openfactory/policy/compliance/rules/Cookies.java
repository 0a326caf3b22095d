package tech.openfactory.policy.compliance.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.Policy;

/** Which declared cookie a cookie set in code is: by the name the code sets, read from it. */
final class Cookies {
    private Cookies() {}

    /** The name the code sets: read from the code, or, where it cannot be read, the one @SetsCookie gives. */
    static Optional<String> name(CodeIndex.CookieSet set) {
        return Optional.ofNullable(set.name() != null ? set.name() : blankToNull(set.declaredName()));
    }

    static Optional<Cookie> declared(Policy policy, CodeIndex.CookieSet set) {
        return name(set).flatMap(n -> policy.cookies().cookies().stream().filter(c -> c.names().contains(n)).findFirst());
    }

    static List<CodeIndex.CookieSet> setsOf(Policy policy, CodeIndex index, Cookie cookie) {
        return index.cookies().stream().filter(s -> declared(policy, s).filter(cookie::equals).isPresent()).toList();
    }

    /** "analytics: of_analytics; session: of_session". */
    static String listed(Policy policy) {
        return policy.cookies().cookies().stream()
                .map(c -> c.id() + ": " + (c.names().isEmpty() ? "no name listed" : String.join(", ", c.names())))
                .collect(Collectors.joining("; "));
    }

    /** "(it builds a ResponseCookie, line 42)". */
    static String how(CodeIndex.CookieSet set) {
        return "(it " + set.source().words() + (set.line() > 0 ? ", line " + set.line() : "") + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
