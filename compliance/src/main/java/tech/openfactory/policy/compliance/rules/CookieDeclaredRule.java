package tech.openfactory.policy.compliance.rules;

import java.util.List;
import java.util.Optional;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.Section;

/**
 * §8: every cookie the code or its configuration sets is a declared cookie under a listed name, and every declared
 * cookie is set by something. Names are read from the code; {@code @SetsCookie} is needed only where the name is
 * computed at run time, and must agree with the code where the code says.
 */
public final class CookieDeclaredRule {
    private CookieDeclaredRule() {}

    static final String NO_COOKIES = "COOKIES";

    public static List<ClauseCondition> conditions(CheckContext context) {
        return List.of(new ClauseCondition(context, RuleId.COOKIE_DECLARED, clause(context),
                (index, sink) -> check(context, index, sink)));
    }

    public static String clause(CheckContext context) {
        return context.clause(Section.COOKIES, "every cookie the code sets is one the policy declares");
    }

    private static void check(CheckContext context, CodeIndex index, ClauseCondition.Sink sink) {
        Optional<CodeIndex.Scope> noCookies = index.scopes().stream().filter(s -> s.without().contains(NO_COOKIES)).findFirst();
        for (CodeIndex.CookieSet set : index.cookies()) {
            Optional<String> name = Cookies.name(set);
            if (noCookies.isPresent()) {
                sink.violation(set.element(), set.where() + " sets " + name.map(n -> "cookie '" + n + "'").orElse("a cookie")
                        + " " + Cookies.how(set) + ", but"
                        + " @PolicyScope on " + noCookies.get().on().getName() + " says this codebase sets no cookie;"
                        + " stop setting it, or remove COOKIES from the @PolicyScope");
                continue;
            }
            if (set.name() != null && set.declaredName() != null && !set.declaredName().isBlank()
                    && !set.declaredName().equals(set.name())) {
                sink.violation(set.element(), set.where() + " sets cookie '" + set.name() + "' " + Cookies.how(set)
                        + ", but its @SetsCookie says"
                        + " name = \"" + set.declaredName() + "\"; the name in the code is what the browser gets: make"
                        + " the two agree");
                continue;
            }
            if (name.isEmpty()) {
                sink.violation(set.element(), set.where() + " sets a cookie " + Cookies.how(set) + " whose name the kit"
                        + " cannot read (it is computed at"
                        + " run time); pass the name as a constant, or annotate the method @SetsCookie(cookie = ...,"
                        + " name = ...) with one of the policy's cookies (" + Cookies.listed(context.policy()) + ")");
                continue;
            }
            Optional<Cookie> cookie = Cookies.declared(context.policy(), set);
            if (cookie.isEmpty() && set.deletes()) {
                // Removing a cookie from browsers (a name retired from the policy) stores nothing.
                sink.evidence(set.where() + " deletes cookie '" + name.get() + "' (Max-Age 0) " + Cookies.how(set));
            } else if (cookie.isEmpty()) {
                sink.violation(set.element(), set.where() + " sets cookie '" + name.get() + "' " + Cookies.how(set)
                        + ", which the policy does"
                        + " not declare (it lists " + Cookies.listed(context.policy()) + "); stop setting it, or add it"
                        + " to a cookie's names in " + context.source() + " with legal's review");
            } else if (set.name() == null) {
                sink.evidence(set.where() + " sets " + cookie.get().id() + " as " + name.get() + " " + Cookies.how(set));
                sink.unverified(set.where() + ": the name " + name.get() + " is taken from @SetsCookie; the code"
                        + " computes it at run time");
            } else {
                sink.evidence(set.where() + " sets " + cookie.get().id() + " as " + name.get() + " " + Cookies.how(set));
            }
        }
        if (noCookies.isPresent()) {
            sink.evidence("this codebase sets no cookie (@PolicyScope on " + noCookies.get().on().getName() + ": "
                    + noCookies.get().reason() + ")");
            return;
        }
        for (Cookie cookie : context.policy().cookies().cookies()) {
            if (Cookies.setsOf(context.policy(), index, cookie).stream().allMatch(CodeIndex.CookieSet::deletes)) {
                sink.violation("cookies." + cookie.id(), "the policy declares " + cookie.name() + " ("
                        + (cookie.names().isEmpty() ? "with no name listed" : "named " + String.join(", ", cookie.names()))
                        + "), but no code or configuration sets it; set it under a listed name, remove it from "
                        + context.source() + " with legal's review, or, if this codebase sets no cookie at all, say so"
                        + " with @PolicyScope(without = COOKIES, reason = ...)");
            }
        }
    }
}
