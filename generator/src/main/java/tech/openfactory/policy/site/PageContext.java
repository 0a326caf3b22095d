package tech.openfactory.policy.site;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tech.openfactory.policy.model.PolicyHistory;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * What every page of one build knows: the history, the day the build is for, and from those the version in force
 * and the one coming. Renderers add their own variables to {@link #variables}.
 */
final class PageContext {
    final PolicyHistory history;
    final LocalDate asOf;
    final Templates templates;
    final PublishedVersion current;
    final PublishedVersion upcoming;
    final String pdfStylesheet;

    PageContext(PolicyHistory history, LocalDate asOf, Templates templates, String pdfStylesheet) {
        this.history = history;
        this.asOf = asOf;
        this.templates = templates;
        this.pdfStylesheet = pdfStylesheet;
        Optional<PublishedVersion> inForce = history.inForce(asOf);
        // Before the first version takes effect, the page shows it anyway: there is nothing else to show.
        this.current = inForce.orElse(history.versions().isEmpty() ? null : history.versions().get(0));
        this.upcoming = history.upcoming(asOf).filter(v -> v != current).orElse(null);
    }

    /** Variables shared by all templates; {@code root} is the relative path from the page to /privacy/. */
    Map<String, Object> variables(String root) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("root", root);
        vars.put("current", current);
        vars.put("upcoming", upcoming);
        vars.put("hasHistory", !history.versions().isEmpty());
        return vars;
    }

    /** "current", "upcoming" or "replaced": what a reader of this version's page needs to be told. */
    String status(PublishedVersion version) {
        if (version == current) {
            return "current";
        }
        return version.effective().isAfter(asOf) ? "upcoming" : "replaced";
    }

    /** The site's address, from the policy's own website: https://openfactory.tech/privacy/. */
    String baseUrl() {
        PublishedVersion latest = history.latest().orElseThrow();
        return "https://" + latest.policy().contact().website() + "/privacy/";
    }
}
