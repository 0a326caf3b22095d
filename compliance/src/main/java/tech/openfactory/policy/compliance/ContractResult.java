package tech.openfactory.policy.compliance;

/**
 * How one clause fared at run time, in the contract tests: what was observed, in the words a developer reads.
 *
 * @param detail what the contract did and saw; for a failure, what is wrong and the fix
 */
public record ContractResult(RuleId rule, String clause, Outcome outcome, String detail) {

    /** A contract's outcome. */
    public enum Outcome {
        PASSED("verified at run time"),
        FAILED("failed at run time"),
        /** The service did not hand the kit the part this clause needs: listed, never passed. */
        NOT_VERIFIED("not verified at run time");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
