package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import tech.openfactory.policy.compliance.Exemption;

/**
 * The condition of one clause of the policy, evaluated over all imported classes at once (a claim such as "every
 * category has an eraser" is about the codebase, not one class). Violations pass through the exemptions first;
 * what backs the clause is kept as evidence for the report.
 */
public final class ClauseCondition extends ArchCondition<JavaClass> {
    /** Where a clause's check reports. */
    public interface Sink {
        /** A violation of {@code element} (class, field or code unit), unless an exemption excuses it. */
        void violation(Object element, String message);

        /** Code that backs the clause, for the traceability report. */
        void evidence(String line);
    }

    private final CheckContext context;
    private final String rule;
    private final BiConsumer<CodeIndex, Sink> check;
    private final List<String> evidence = new ArrayList<>();
    private final List<Exemption> exempted = new ArrayList<>();
    private Collection<JavaClass> classes = List.of();

    public ClauseCondition(CheckContext context, String rule, String description, BiConsumer<CodeIndex, Sink> check) {
        super(description);
        this.context = context;
        this.rule = rule;
        this.check = check;
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        classes = allObjectsToTest;
        evidence.clear();
        exempted.clear();
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        // Everything happens in finish: the clause is a claim about the whole codebase.
    }

    @Override
    public void finish(ConditionEvents events) {
        check.accept(context.index(classes), new Sink() {
            @Override
            public void violation(Object element, String message) {
                context.exemption(rule, element).ifPresentOrElse(exempted::add,
                        () -> events.add(SimpleConditionEvent.violated(element, message)));
            }

            @Override
            public void evidence(String line) {
                evidence.add(line);
            }
        });
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public List<Exemption> exempted() {
        return List.copyOf(exempted);
    }

    public CheckContext context() {
        return context;
    }
}
