package tech.openfactory.policy.site;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
    final PdfRenderer pdf;
    /** The site as the previous build left it, whose PDFs may be reused; null when there is none. */
    final java.nio.file.Path previous;

    PageContext(PolicyHistory history, LocalDate asOf, Templates templates, String pdfStylesheet, PdfRenderer pdf,
            java.nio.file.Path previous) {
        this.pdf = pdf;
        this.previous = previous;
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

    /** What one published version contributes to the site: relative path to bytes. */
    interface VersionWork {
        java.util.Map<String, byte[]> render(PublishedVersion version) throws SiteException;
    }

    /**
     * Runs {@code work} for every published version on all cores and puts the results into {@code files}. The
     * pages of different versions are independent; the map is sorted, so the outcome does not depend on which
     * thread finished first, and the first failure in version order is the one reported.
     */
    void eachVersion(VersionWork work, java.util.SortedMap<String, byte[]> files) throws SiteException {
        List<PublishedVersion> versions = history.versions();
        if (versions.size() < 2) {
            for (PublishedVersion version : versions) {
                files.putAll(work.render(version));
            }
            return;
        }
        int threads = Math.min(versions.size(), Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "policy-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<java.util.Map<String, byte[]>>> results = new java.util.ArrayList<>();
            for (PublishedVersion version : versions) {
                results.add(pool.submit(() -> work.render(version)));
            }
            for (var result : results) {
                try {
                    files.putAll(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof SiteException site) {
                        throw site;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SiteException("the build was interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Current, upcoming or replaced: what a reader of this version's page needs to be told. */
    PageStatus status(PublishedVersion version) {
        if (version == current) {
            return PageStatus.CURRENT;
        }
        return version.effective().isAfter(asOf) ? PageStatus.UPCOMING : PageStatus.REPLACED;
    }

    /** The site's address, from the policy's own website: https://openfactory.tech/privacy/. */
    String baseUrl() {
        PublishedVersion latest = history.latest().orElseThrow();
        return "https://" + latest.policy().contact().website() + "/privacy/";
    }
}
