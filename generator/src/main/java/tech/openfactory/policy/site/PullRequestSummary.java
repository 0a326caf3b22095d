package tech.openfactory.policy.site;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.openfactory.policy.lint.Finding;
import tech.openfactory.policy.lint.LintReport;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyDiff;

/**
 * The Markdown a pull request shows reviewers: the computed kind of change, the facts that changed grouped by
 * section, and the prose redline folded away in a {@code <details>} block.
 */
public final class PullRequestSummary {
    private PullRequestSummary() {}

    public static String markdown(String beforeName, Policy before, String afterName, Policy after) {
        return markdown(beforeName, before, afterName, after, null, null);
    }

    /**
     * The summary, followed by what the change does to the legal-completeness lint: findings it resolves, findings
     * it adds, and the gaps legal accepts. Null reports leave that part out.
     */
    public static String markdown(String beforeName, Policy before, String afterName, Policy after,
            LintReport lintBefore, LintReport lintAfter) {
        String summary = facts(beforeName, before, afterName, after);
        return lintAfter == null ? summary : summary + "\n" + lint(lintBefore, lintAfter);
    }

    private static String facts(String beforeName, Policy before, String afterName, Policy after) {
        PolicyDiff diff = PolicyDiff.between(before, after);
        StringBuilder md = new StringBuilder();
        md.append("## ").append(after.title()).append(": ").append(headline(diff.kind())).append("\n\n");
        md.append("Compared `").append(beforeName).append("` (last updated ").append(before.lastUpdated())
                .append(") with `").append(afterName).append("` (last updated ").append(after.lastUpdated())
                .append(").\n\n");
        md.append("**Kind:** ").append(explanation(diff.kind())).append("\n");
        if (diff.kind() == ChangeKind.NONE) {
            return md.toString();
        }

        md.append("\n### What changed in the facts\n\n");
        List<ChangelogRenderer.FactGroup> groups = ChangelogRenderer.groups(diff, before, after, true);
        if (groups.isEmpty()) {
            md.append("No fact changed: wording only.\n");
        }
        for (ChangelogRenderer.FactGroup group : groups) {
            md.append("**").append(escape(group.title())).append("**\n\n");
            for (ChangelogRenderer.Fact fact : group.facts()) {
                md.append("- ").append(escape(fact.sentence())).append(fact.material() ? " — **material**" : "")
                        .append('\n');
            }
            md.append('\n');
        }

        List<PolicyDiff.ProseChange> passages = ChangelogRenderer.shown(diff);
        md.append(groups.isEmpty() ? "\n" : "").append("### What changed in the wording\n\n");
        if (passages.isEmpty()) {
            md.append("No wording changed.\n");
            return md.toString();
        }
        md.append("<details>\n<summary>").append(passages.size()).append(passages.size() == 1 ? " passage" : " passages")
                .append(" reworded (removed words struck through, added words underlined)</summary>\n\n");
        for (PolicyDiff.ProseChange change : passages) {
            var label = change.after() != null ? change.after() : change.before();
            String old = change.before() == null ? null : ProseRenderer.plain(change.before().text(), before);
            String now = change.after() == null ? null : ProseRenderer.plain(change.after().text(), after);
            md.append("**").append(escape(label.label())).append("**<br>\n")
                    .append(Redline.html(old, now, false)).append("\n\n");
        }
        md.append("</details>\n");
        return md.toString();
    }

    /** Findings are the same across versions when they say the same thing, wherever the lines moved. */
    static String lint(LintReport before, LintReport after) {
        Set<String> old = before.findings().stream().map(PullRequestSummary::key).collect(Collectors.toSet());
        Set<String> now = after.findings().stream().map(PullRequestSummary::key).collect(Collectors.toSet());
        List<Finding> added = after.findings().stream().filter(f -> !old.contains(key(f))).toList();
        List<Finding> resolved = before.findings().stream().filter(f -> !now.contains(key(f))).toList();
        StringBuilder md = new StringBuilder("### What the law asks that the policy does not say\n\n");
        md.append("`policy lint` (").append(after.regimes().stream().map(r -> r.id()).collect(Collectors.joining(", ")))
                .append("): ").append(count(after.findings().size(), "finding")).append(" open");
        md.append(after.accepted().isEmpty() ? "" : ", " + after.accepted().size() + " accepted");
        md.append("; this change resolves ").append(resolved.size()).append(" and adds ").append(added.size())
                .append(".\n");
        list(md, "Resolved by this change", resolved, true);
        list(md, "Added by this change", added, false);
        if (!after.accepted().isEmpty()) {
            md.append("\n**Accepted as not applicable** (lint.accepted)\n\n");
            for (LintReport.Accepted a : after.accepted()) {
                md.append("- ").append(escape(a.finding().citation())).append(": ")
                        .append(escape(a.finding().message().replaceFirst(";.*", ""))).append(" — ")
                        .append(escape(a.gap().reason())).append('\n');
            }
        }
        for (LintReport.Unused u : after.unused()) {
            md.append("\n- ").append(escape(u.toString())).append('\n');
        }
        return md.toString();
    }

    /** Added findings with their line in the new file and what to write; resolved ones with what they said. */
    private static void list(StringBuilder md, String title, List<Finding> findings, boolean resolved) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("\n**").append(title).append("**\n\n");
        for (Finding f : findings) {
            md.append("- ").append(resolved ? "" : "line " + f.line() + ": ").append(escape(f.citation())).append(": ")
                    .append(escape(resolved ? f.message().replaceFirst(";.*", "") : f.message())).append('\n');
        }
    }

    /** What a finding says, wherever its line moved. */
    private static String key(Finding finding) {
        return finding.item().id() + " " + finding.message();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String headline(ChangeKind kind) {
        return switch (kind) {
            case NONE -> "no change";
            case MATERIAL -> "material change";
            default -> "editorial change";
        };
    }

    private static String explanation(ChangeKind kind) {
        return switch (kind) {
            case NONE -> "none — the two files say the same thing.";
            case MATERIAL -> "material — release with `policy release --kind material`: readers are notified and the"
                    + " new effective date is at least the notice period after the release.";
            default -> "editorial — wording only; release with `policy release --kind editorial`, keeping the"
                    + " effective date.";
        };
    }

    /** Markdown punctuation in policy text must not turn into formatting in the comment. */
    private static String escape(String text) {
        // Markdown punctuation first, then the HTML that GitHub would render; quotes stay as typed, since an entity
        // such as &#39; would have its # escaped into visible text.
        return text.replaceAll("([\\\\`*_\\[\\]#|~])", "\\\\$1").replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
