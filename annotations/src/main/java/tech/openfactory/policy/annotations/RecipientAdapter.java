package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This class is the one place that talks to a recipient the policy declares, e.g.
 * {@code @RecipientAdapter("ai-providers")}: only adapters may use the recipient's SDK packages, and an adapter
 * may only handle the data categories the policy lets that recipient receive.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecipientAdapter {
    /** The recipient's id in the policy. */
    String value();
}
