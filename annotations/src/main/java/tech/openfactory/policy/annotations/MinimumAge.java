package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The minimum age sign-up enforces, on the constant or class that enforces it, e.g. {@code @MinimumAge(16)}; it
 * must equal the policy's {@code childrenAndChanges.children.minimumAge}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE, ElementType.METHOD})
public @interface MinimumAge {
    int value();
}
