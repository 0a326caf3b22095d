package tech.openfactory.policy.compliance;

import java.util.List;

/**
 * How one clause fared: the violations (each naming the code and the fix), the code that backs it, what the static
 * check could not read from the code (not verified), and the exemptions that excused code from it.
 *
 * @param subjects what each violation is about, in the order of {@code violations} (one each): the class, field or
 *                 method, or the policy's target when no code backs the claim; empty for {@link Subject#UNKNOWN}
 *                 throughout (a result made without them, or read back from a report)
 */
public record ClauseResult(RuleId rule, String clause, List<String> violations, List<String> evidence,
        List<String> unverified, List<Exemption> exemptions, List<Subject> subjects) {

    public ClauseResult {
        violations = List.copyOf(violations);
        evidence = List.copyOf(evidence);
        unverified = List.copyOf(unverified);
        exemptions = List.copyOf(exemptions);
        if (subjects.isEmpty()) {
            subjects = java.util.Collections.nCopies(violations.size(), Subject.UNKNOWN);
        } else if (subjects.size() != violations.size()) {
            throw new IllegalArgumentException(subjects.size() + " subjects for " + violations.size() + " violations");
        }
        subjects = List.copyOf(subjects);
    }

    /** A result whose violations say in words only what they are about. */
    public ClauseResult(RuleId rule, String clause, List<String> violations, List<String> evidence,
            List<String> unverified, List<Exemption> exemptions) {
        this(rule, clause, violations, evidence, unverified, exemptions, List.of());
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /**
     * What a violation is about, for tools that point at it (the SARIF report points code scanning at the line).
     *
     * @param kind       code (a class, field, method, constructor or initializer), a target of the policy (a claim no
     *                   code backs, e.g. {@code retention.security-logs}), a resource (e.g. {@code application.properties})
     * @param name       as exemptions name it: {@code com.example.Account}, {@code com.example.Account.email}, the
     *                   policy's target or the resource's name
     * @param type       the class that declares it, as the JVM names it ({@code com.example.Account$Address}); empty
     *                   when it is not code
     * @param member     the field's or method's name as the bytecode has it ({@code email}, {@code <init>}); empty
     *                   for a class and for what is not code
     * @param sourceFile the source file the class was compiled from, as its bytecode names it ({@code Account.java});
     *                   empty when the bytecode does not say
     * @param line       the line (1-based) the bytecode or the finding gives: a method's first line, the line of the
     *                   call a finding is about; for a class, its code's first line; 0 when there is none (a field)
     */
    public record Subject(Kind kind, String name, String type, String member, String sourceFile, int line) {
        public static final Subject UNKNOWN = new Subject(Kind.UNKNOWN, "", "", "", "", 0);

        public enum Kind { UNKNOWN, CLASS, FIELD, METHOD, CONSTRUCTOR, INITIALIZER, POLICY, RESOURCE }

        /** A target of the policy, as {@code code.exemptions} names it ({@code retention.security-logs}). */
        public static Subject policy(String target) {
            return new Subject(Kind.POLICY, target, "", "", "", 0);
        }

        /** Whether it is code: a class or a member of one. */
        public boolean code() {
            return kind == Kind.CLASS || kind == Kind.FIELD || kind == Kind.METHOD || kind == Kind.CONSTRUCTOR
                    || kind == Kind.INITIALIZER;
        }
    }
}
