package tech.openfactory.policy.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A law whose notice requirements the lint checks. */
public enum Regime {
    /** The EU General Data Protection Regulation, Art. 13, 14, 21, 27. */
    GDPR("GDPR"),
    /** The UK GDPR: the same articles, its own representative and transfer mechanisms. */
    UK_GDPR("UK GDPR"),
    /** The California Consumer Privacy Act as amended by the CPRA, and its regulations (Cal. Code Regs. tit. 11). */
    CCPA("CCPA");

    private final String title;

    Regime(String title) {
        this.title = title;
    }

    /** How citations name it: "UK GDPR". */
    public String title() {
        return title;
    }

    /** The word the command line uses: {@code uk-gdpr}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Regime> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Regime::id).collect(Collectors.joining(", "));
    }
}
