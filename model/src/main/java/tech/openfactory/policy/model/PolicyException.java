package tech.openfactory.policy.model;

import java.util.List;
import java.util.stream.Collectors;

/** A policy file could not be loaded; {@link #problems()} says every reason found, in file order. */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public PolicyException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
