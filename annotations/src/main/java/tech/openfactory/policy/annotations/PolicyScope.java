package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Parts of the policy this codebase does not implement, e.g. a back-office service that signs nobody up and sets
 * no cookie: {@code @PolicyScope(without = {Part.SIGN_UP, Part.COOKIES}, reason = "internal API behind the gateway")}
 * on any one class or {@code package-info}. The kit then holds the code to it: a codebase that says it sets no
 * cookie fails when it sets one, and one without sign-up fails when it declares a minimum age.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface PolicyScope {
    /** What this codebase does not do. */
    Part[] without();

    /** Why; required, and shown in the report. */
    String reason();

    /** A part of the policy a codebase may not implement. */
    enum Part {
        /** No sign-up here: the policy's minimum age is enforced by another service. */
        SIGN_UP,
        /** No cookie is set by this codebase or its configuration. */
        COOKIES
    }
}
