package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This method (or every method of this class) sets a cookie the policy declares, under a name the policy lists,
 * e.g. {@code @SetsCookie(cookie = "session", name = "of_session")}. Only needed where the kit cannot read the name
 * from the code (a name computed at run time); where it can, the name in code must be the one written here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SetsCookie {
    /** The cookie's id in the policy. */
    String cookie();

    /** The name the cookie is set under; one of the cookie's {@code names} in the policy. */
    String name();
}
