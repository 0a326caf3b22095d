package tech.openfactory.policy.model.internal;

import tech.openfactory.policy.model.Placeholder;

/** Checks a placeholder written in prose against the facts that exist. */
final class Placeholders {
    private Placeholders() {}

    /** null when the placeholder is fine, else the problem and its fix. */
    static String check(Placeholder.Use use) {
        var known = Placeholder.named(use.name());
        if (known.isEmpty()) {
            String names = String.join(", ", Placeholder.names());
            return "unknown placeholder " + use.source() + "; "
                    + NearestName.to(use.name(), Placeholder.names())
                            .map(s -> "did you mean {{" + s + "}}? Known placeholders: " + names)
                            .orElse("write one of the known placeholders: " + names);
        }
        if (use.form() != null && !known.get().forms().contains(use.form())) {
            return known.get().forms().isEmpty()
                    ? "{{" + use.name() + "}} has no form '" + use.form() + "'; write {{" + use.name() + "}}"
                    : "{{" + use.name() + "}} has no form '" + use.form() + "'; write {{" + use.name() + "}} or one of: "
                            + known.get().forms().stream().sorted().map(f -> "{{" + use.name() + ":" + f + "}}")
                                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        return null;
    }
}
