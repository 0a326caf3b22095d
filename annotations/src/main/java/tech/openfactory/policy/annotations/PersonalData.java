package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This field holds personal data the privacy policy declares: one element of one data category, by the ids of
 * {@code collection.categories} in the policy, e.g. {@code @PersonalData(category = "account", element = "email-address")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {
    /** The category's id. */
    String category();

    /** The element's id within the category. */
    String element();
}
