package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This class corrects a person's data of the named categories when they exercise a right of the policy that is
 * enforced by an corrector, e.g. {@code @Corrector({"account", "builds"})}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Corrector {
    /** Ids of the data categories it covers. */
    String[] value();
}
