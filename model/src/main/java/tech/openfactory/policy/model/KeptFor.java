package tech.openfactory.policy.model;

/** How long data is kept: exactly one of the forms below, each written as a YAML mapping. */
public sealed interface KeptFor {

    /** {@code {while: account-exists}}: as long as a condition holds. */
    record While(Condition condition) implements KeptFor {}

    /** {@code {upTo: 90 days, after: build}} or {@code {upTo: 7 years, when: required}}; after/when may be null. */
    record UpTo(Period period, String after, String when) implements KeptFor {}

    /** {@code {typically: 90 days}}: the usual period, not a hard limit. */
    record Typically(Period period) implements KeptFor {}

    /** The conditions a {@link While} can name. */
    enum Condition {
        ACCOUNT_EXISTS("account-exists");

        private final String id;

        Condition(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
