package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.openfactory.policy.model.Change;
import tech.openfactory.policy.model.Passage;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyDiff;
import tech.openfactory.policy.model.PublishedVersion;
import tech.openfactory.policy.model.Section;

/**
 * {@code /privacy/changes/<last-updated>/}: what a version changed against the one before, first the facts in
 * plain sentences grouped by section, then a word-level redline of the prose.
 */
final class ChangelogRenderer {
    static final String TEMPLATE = "changes.peb";

    /** Facts of one section: its title and one sentence per change. */
    public record FactGroup(String title, List<Fact> facts) {}

    public record Fact(String sentence, boolean material) {}

    /** One changed passage: where it is and its redline. */
    public record Reworded(String label, SafeString redline) {}

    private ChangelogRenderer() {}

    static void render(PageContext site, SortedMap<String, byte[]> files) throws SiteException {
        site.eachVersion(version -> {
            PublishedVersion previous = site.history.previous(version).orElse(null);
            if (previous == null) {
                return Map.of();
            }
            PolicyDiff diff = PolicyDiff.between(previous.policy(), version.policy());
            Map<String, Object> vars = site.variables("../../");
            vars.put(PolicyExtension.POLICY, version.policy());
            vars.put("version", version);
            vars.put("previous", previous);
            vars.put("status", site.status(version));
            vars.put("computedKind", diff.kind());
            // The page's heading gives both dates; the facts list what else changed.
            vars.put("groups", groups(diff, previous.policy(), version.policy(), false));
            vars.put("passages", passages(diff, previous.policy(), version.policy()));
            return Map.of("privacy/changes/" + version.id() + "/index.html",
                    Pages.utf8(site.templates.page(TEMPLATE, vars)));
        }, files);
    }

    /** The changed facts by section; {@code withDate} keeps the change of the last-updated date among them. */
    static List<FactGroup> groups(PolicyDiff diff, Policy before, Policy after, boolean withDate) {
        Map<Section, List<Fact>> bySection = new LinkedHashMap<>();
        for (Change change : diff.facts()) {
            if (!withDate && change.aspect() == Change.Aspect.LAST_UPDATED) {
                continue;
            }
            bySection.computeIfAbsent(change.section(), s -> new ArrayList<>())
                    .add(new Fact(ChangeWording.sentence(change), change.material()));
        }
        List<FactGroup> groups = new ArrayList<>();
        bySection.forEach((section, facts) -> groups.add(new FactGroup(sectionTitle(after, section), facts)));
        return groups;
    }

    static List<Reworded> passages(PolicyDiff diff, Policy before, Policy after) {
        List<Reworded> rows = new ArrayList<>();
        for (PolicyDiff.ProseChange change : shown(diff)) {
            Passage label = change.after() != null ? change.after() : change.before();
            String old = change.before() == null ? null : ProseRenderer.plain(change.before().text(), before);
            String now = change.after() == null ? null : ProseRenderer.plain(change.after().text(), after);
            rows.add(new Reworded(label.label(), new SafeString(Redline.html(old, now))));
        }
        return rows;
    }

    /**
     * The passages worth a redline: the name of an item that was added or removed is left out, since the facts
     * already say "New recipient: Payment processors".
     */
    static List<PolicyDiff.ProseChange> shown(PolicyDiff diff) {
        return diff.passages().stream()
                .filter(c -> (c.before() != null && c.after() != null) || !(c.before() != null ? c.before() : c.after())
                        .key().endsWith(".name"))
                .toList();
    }

    /** The section's title as the newer version words it; the policy's own for facts of the whole policy. */
    static String sectionTitle(Policy policy, Section section) {
        return section == null ? policy.title() : section.title(policy);
    }
}
