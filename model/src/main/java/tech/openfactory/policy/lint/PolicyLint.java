package tech.openfactory.policy.lint;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.AcceptedGap;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLocations;
import tech.openfactory.policy.model.Problem;

/**
 * The legal-completeness lint: which of the things the law asks a privacy notice to say the policy does not
 * say, each located where it belongs in the file. It never supplies a fact; it names the one that is missing.
 *
 * <pre>{@code
 * LintReport report = PolicyLint.builder().regimes(Regime.GDPR).build().lint(policy, locations);
 * report.findings().forEach(System.out::println);
 * }</pre>
 */
public final class PolicyLint {
    private final Set<Regime> regimes;
    private final LocalDate asOf;

    private PolicyLint(Builder builder) {
        this.regimes = EnumSet.copyOf(builder.regimes);
        this.asOf = builder.asOf;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The items checked under the regimes of this lint, in the order of {@link LintItem}. */
    public List<LintItem> items() {
        return Arrays.stream(LintItem.values()).filter(i -> i.regimes().stream().anyMatch(regimes::contains)).toList();
    }

    /**
     * Lints a loaded policy.
     *
     * @param locations where its parts are written ({@link PolicyLocations#of}), for the line of each finding
     */
    public LintReport lint(Policy policy, PolicyLocations locations) {
        NoticeChecks.Scope scope = new NoticeChecks.Scope(policy, locations, regimes, asOf);
        items().forEach(scope::run);
        // Two laws asking for the same fact at the same place say it once, under the first item that asks.
        Set<String> seen = new HashSet<>();
        List<Finding> all = scope.findings().stream()
                .filter(f -> seen.add(f.line() + ":" + f.column() + ":" + f.message())).sorted().toList();

        List<Problem> problems = new ArrayList<>();
        List<LintReport.Accepted> accepted = new ArrayList<>();
        List<LintReport.Unused> unused = new ArrayList<>();
        Set<LintItem> acceptedItems = new LinkedHashSet<>();
        List<AcceptedGap> gaps = policy.acceptedGaps();
        for (int i = 0; i < gaps.size(); i++) {
            AcceptedGap gap = gaps.get(i);
            String path = "lint.accepted[" + i + "].item";
            PolicyLocations.Position at = locations.at(path);
            var item = LintItem.of(gap.item());
            if (item.isEmpty()) {
                problems.add(new Problem(locations.file(), at.line(), at.column(), path, "unknown lint item '"
                        + gap.item() + "'; " + nearest(gap.item()) + "write an id that `policy lint --explain` lists"));
                continue;
            }
            acceptedItems.add(item.get());
            if (item.get().regimes().stream().anyMatch(regimes::contains)
                    && all.stream().noneMatch(f -> f.item() == item.get())) {
                unused.add(new LintReport.Unused(locations.file(), at.line(), at.column(), gap));
            }
            all.stream().filter(f -> f.item() == item.get())
                    .forEach(f -> accepted.add(new LintReport.Accepted(f, gap)));
        }
        List<Finding> findings = all.stream().filter(f -> !acceptedItems.contains(f.item())).toList();
        return new LintReport(List.copyOf(regimes), findings, accepted, unused, problems);
    }

    /** "did you mean 'gdpr-13-1-b'? " for a typo; otherwise where the ids are listed. */
    private static String nearest(String wanted) {
        LintItem best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (LintItem item : LintItem.values()) {
            int d = distance(wanted, item.id());
            if (d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return bestDistance <= 3 ? "did you mean '" + best.id() + "'? " : "";
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.length()];
    }

    /** All options of the lint; each has a documented default. */
    public static final class Builder {
        private Set<Regime> regimes = EnumSet.allOf(Regime.class);
        private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);

        private Builder() {}

        /** The laws to check. Default: all of {@link Regime}. */
        public Builder regimes(Regime... regimes) {
            return regimes(Arrays.asList(regimes));
        }

        public Builder regimes(java.util.Collection<Regime> regimes) {
            if (regimes.isEmpty()) {
                throw new IllegalArgumentException("name at least one regime: " + Regime.ids());
            }
            this.regimes = EnumSet.copyOf(regimes);
            return this;
        }

        /** The day of the build, against which "updated within 12 months" is measured. Default: today, UTC. */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        public PolicyLint build() {
            return new PolicyLint(this);
        }
    }
}
