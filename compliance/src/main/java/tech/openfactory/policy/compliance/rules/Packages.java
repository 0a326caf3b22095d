package tech.openfactory.policy.compliance.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Package predicates as the SDK rules ask them. */
final class Packages {
    private Packages() {}

    /**
     * A package predicate that remembers its answers: the rules ask about the package of every class every class
     * depends on, and a codebase has far fewer packages than dependencies. The answer for a package never changes.
     */
    static Predicate<String> memoized(Predicate<String> packages) {
        Map<String, Boolean> answers = new ConcurrentHashMap<>();
        return name -> name == null ? packages.test(null) : answers.computeIfAbsent(name, packages::test);
    }
}
