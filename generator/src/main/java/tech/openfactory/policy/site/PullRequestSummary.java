package tech.openfactory.policy.site;

import java.util.List;
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
        List<ChangelogRenderer.FactGroup> groups = ChangelogRenderer.groups(diff, before, after);
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
        return Redline.escape(text).replaceAll("([\\\\`*_\\[\\]#|~])", "\\\\$1");
    }
}
