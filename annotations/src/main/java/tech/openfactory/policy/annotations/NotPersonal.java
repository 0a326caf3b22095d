package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This field, or every field of this type, holds no personal data, and why: e.g.
 * {@code @NotPersonal("an ISO language code chosen from a fixed list")} on a {@code langKey}. The compliance kit asks
 * for it on fields of person-like types that look as if they could hold personal data; the report lists every one
 * with its reason, so legal can read them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface NotPersonal {
    /** Why it holds no personal data; required, and shown in the report. */
    String value();
}
