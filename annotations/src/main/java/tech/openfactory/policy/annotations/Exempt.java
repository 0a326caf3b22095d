package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Excuses this code from one compliance rule, with the reason; the compliance report lists every exemption.
 * E.g. {@code @Exempt(rule = "undeclared-personal-data", reason = "holds a template name, not a person's name")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(Exempt.List.class)
public @interface Exempt {
    /** The rule's id, as the compliance report names it. */
    String rule();

    /** Why the rule does not apply here; required, and shown in the report. */
    String reason();

    /** Several exemptions on one element. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
    @interface List {
        Exempt[] value();
    }
}
