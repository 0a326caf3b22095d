package tech.openfactory.policy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This job purges the data of a retention rule of the policy once its period is over, e.g.
 * {@code @RetentionJob(rule = "iso-images", keeps = "90 days")}. The period must be the policy's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetentionJob {
    /** The retention rule's id in the policy. */
    String rule();

    /**
     * How long the job keeps data, written as in the policy: "90 days". Optional: the kit reads the period the job's
     * code uses ({@code Duration.ofDays(90)}, {@code minusDays(90)}, ...) and holds both to the policy.
     */
    String keeps() default "";
}
