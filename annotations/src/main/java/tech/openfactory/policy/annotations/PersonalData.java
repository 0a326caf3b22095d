package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This field holds personal data the privacy policy declares: one element of one data category, by the ids of
 * {@code collection.categories} in the policy, e.g. {@code @PersonalData(category = "account", element = "email-address")}.
 *
 * <p>A field that holds the data of several kinds of person (a {@code firstName} in a superclass of both customers
 * and staff) carries one declaration per category, or each subclass declares the inherited field on itself:
 * {@code @PersonalData(field = "firstName", category = "staff", element = "name")} on the class.
 *
 * <p>On a class without {@code field}, each row of the persisted type is one element as a whole: an appointment
 * whose time, practitioner and status are "appointment details". The type is then person-like, so its fields that
 * can hold text are still asked about one by one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
@Repeatable(PersonalData.List.class)
public @interface PersonalData {
    /** The category's id. */
    String category();

    /** The element's id within the category. */
    String element();

    /** On a class only: the field, declared here or inherited, that this declaration is about; none for the whole row. */
    String field() default "";

    /** Several declarations on one field or class. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.TYPE})
    @interface List {
        PersonalData[] value();
    }
}
