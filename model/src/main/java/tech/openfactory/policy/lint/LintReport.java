package tech.openfactory.policy.lint;

import java.util.List;
import tech.openfactory.policy.model.AcceptedGap;
import tech.openfactory.policy.model.Problem;

/**
 * What the lint found in one policy.
 *
 * @param regimes  the laws checked
 * @param findings what is missing, in file order, without the accepted items
 * @param accepted findings of items legal marked not applicable, each shown with the reason, never silent
 * @param unused   accepted gaps that excuse nothing (the item finds nothing any more): remove them
 * @param problems errors in {@code lint.accepted} itself (an unknown item): the file must be fixed
 */
public record LintReport(List<Regime> regimes, List<Finding> findings, List<Accepted> accepted, List<Unused> unused,
        List<Problem> problems) {
    public LintReport {
        regimes = List.copyOf(regimes);
        findings = List.copyOf(findings);
        accepted = List.copyOf(accepted);
        unused = List.copyOf(unused);
        problems = List.copyOf(problems);
    }

    /** A finding legal accepted, and why. */
    public record Accepted(Finding finding, AcceptedGap gap) {
        @Override
        public String toString() {
            return finding.file() + ":" + finding.line() + ":" + finding.column() + ": accepted " + finding.citation()
                    + ": " + finding.message().replaceFirst(";.*", "") + " (lint.accepted: " + gap.reason() + ")";
        }
    }

    /** An accepted gap whose item finds nothing: it no longer says anything true. */
    public record Unused(String file, int line, int column, AcceptedGap gap) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": lint.accepted: " + gap.item() + " is accepted, but the policy"
                    + " now says what it asks; remove the entry";
        }
    }
}
