package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.Exemption;
import tech.openfactory.policy.compliance.RuleId;

/**
 * The condition of one clause of the policy, evaluated over all imported classes at once (a claim such as "every
 * category has an eraser" is about the codebase, not one class). Violations pass through the exemptions first;
 * what backs the clause is kept as evidence for the report, and what the static check could not read is kept
 * apart, as not verified.
 */
public final class ClauseCondition extends ArchCondition<JavaClass> {
    /** Where a clause's check reports. */
    public interface Sink {
        /** A violation of {@code element} (class, field or code unit, or a policy path), unless an exemption excuses it. */
        void violation(Object element, String message);

        /** Code that backs the clause, for the traceability report. */
        void evidence(String line);

        /** Something the clause claims that the static check could not read from the code. */
        void unverified(String line);
    }

    /** How a clause checks the indexed code. */
    @FunctionalInterface
    public interface Check {
        void check(CodeIndex index, Sink sink);
    }

    private final CheckContext context;
    private final RuleId rule;
    private final String clause;
    private final Check check;
    // ArchUnit calls init and finish of one evaluation on one thread; what they share lives there, so two
    // evaluations (two threads, or one after another) never see each other's classes or findings.
    private final ThreadLocal<Collection<JavaClass>> classes = ThreadLocal.withInitial(List::of);
    private final ThreadLocal<Outcome> outcome = new ThreadLocal<>();

    /**
     * What one evaluation found besides its violations.
     *
     * @param subjects what each violation is about, by the violation's message (as ArchUnit reports it)
     */
    public record Outcome(List<String> evidence, List<String> unverified, List<Exemption> exempted,
            Map<String, ClauseResult.Subject> subjects) {
        public static final Outcome NONE = new Outcome(List.of(), List.of(), List.of());

        public Outcome {
            evidence = List.copyOf(evidence);
            unverified = List.copyOf(unverified);
            exempted = List.copyOf(exempted);
            subjects = Map.copyOf(subjects);
        }

        public Outcome(List<String> evidence, List<String> unverified, List<Exemption> exempted) {
            this(evidence, unverified, exempted, Map.of());
        }
    }

    public ClauseCondition(CheckContext context, RuleId rule, String clause, Check check) {
        super(clause);
        this.context = context;
        this.rule = rule;
        this.clause = clause;
        this.check = check;
    }

    public RuleId rule() {
        return rule;
    }

    public String clause() {
        return clause;
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        classes.set(allObjectsToTest);
        outcome.remove();
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        // Everything happens in finish: the clause is a claim about the whole codebase.
    }

    @Override
    public void finish(ConditionEvents events) {
        List<String> evidence = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        List<Exemption> exempted = new ArrayList<>();
        Map<String, ClauseResult.Subject> subjects = new HashMap<>();
        Collection<JavaClass> evaluated = classes.get();
        classes.remove();
        check.check(context.index(evaluated), new Sink() {
            @Override
            public void violation(Object element, String message) {
                // A claim no code backs has no code to annotate: say what code.exemptions would name.
                String text = element instanceof String target
                        ? message + " [to exempt it: code.exemptions, rule " + rule.id() + ", target " + target + "]"
                        : message;
                context.exemption(rule, element).ifPresentOrElse(exempted::add, () -> {
                    events.add(SimpleConditionEvent.violated(element, text));
                    subjects.putIfAbsent(text, Subjects.of(element, message));
                });
            }

            @Override
            public void evidence(String line) {
                evidence.add(line);
            }

            @Override
            public void unverified(String line) {
                unverified.add(line);
            }
        });
        outcome.set(new Outcome(evidence, unverified, exempted, subjects));
    }

    /**
     * The outcome of the evaluation that just finished on this thread, handed over once: a caller that evaluates
     * the rule and then takes its outcome gets that evaluation's, never one left from another.
     */
    public Outcome takeOutcome() {
        Outcome taken = outcome.get();
        outcome.remove();
        return taken == null ? Outcome.NONE : taken;
    }
}
