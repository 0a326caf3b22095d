package tech.openfactory.policy.site;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.openfactory.policy.model.Policy;
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
    /** The translations of the pages; none for a site in English only. */
    final SiteTranslations translations;
    /** The language of every English page. */
    final PageLanguage english;

    PageContext(PolicyHistory history, LocalDate asOf, Templates templates, String pdfStylesheet, PdfRenderer pdf,
            java.nio.file.Path previous, SiteTranslations translations) throws SiteException {
        this.translations = translations;
        this.english = PageLanguage.english(templates.messages(java.util.Locale.ENGLISH));
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
        return variables(root, english, List.of());
    }

    /**
     * Variables shared by all templates, for a page in {@code lang} that exists in the languages of
     * {@code alternates} (empty for a page in English only).
     */
    Map<String, Object> variables(String root, PageLanguage lang, List<Alternate> alternates) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("root", root);
        vars.put("current", current);
        vars.put("upcoming", upcoming);
        vars.put("hasHistory", !history.versions().isEmpty());
        vars.put(PolicyExtension.LANG, lang);
        vars.put("alternates", alternates);
        vars.put("translationOf", null);
        vars.put("partlyEnglish", false);
        return vars;
    }

    /**
     * The page in one of its languages, for the hreflang links and the language switch.
     *
     * @param tag     BCP 47 tag
     * @param name    the language's name in itself
     * @param rtl     whether it is written right to left
     * @param href    the page in that language, relative to the page that links it
     * @param url     the same, absolute (hreflang wants full addresses)
     * @param current whether it is the page that links it
     */
    public record Alternate(String tag, String name, boolean rtl, String href, String url, boolean current) {}

    /**
     * The languages of a page below /privacy/, English first; empty when only English has it. {@code englishPath} is
     * the English page's path below /privacy/ ("2025-06-02/", "versions/"), {@code translatedPath} gives the same
     * page's path in a language ("2025-06-02/de/"), and {@code currentTag} is the language of the page linking them.
     */
    List<Alternate> alternates(String root, String currentTag, String englishPath, List<PageTranslation> languages,
            java.util.function.Function<PageTranslation, String> translatedPath) {
        if (languages.isEmpty()) {
            return List.of();
        }
        List<Alternate> out = new java.util.ArrayList<>();
        out.add(new Alternate(Messages.ENGLISH, english.getName(), false, root + englishPath,
                baseUrl() + englishPath, currentTag.equals(Messages.ENGLISH)));
        for (PageTranslation t : languages) {
            String path = translatedPath.apply(t);
            out.add(new Alternate(t.tag(), t.name(), t.rightToLeft(), root + path, baseUrl() + path,
                    currentTag.equals(t.tag())));
        }
        return out;
    }

    /** The languages the page in force has: those of the version in force, or of the living policy before one. */
    List<PageTranslation> indexLanguages() {
        return current == null ? translations.living() : translations.of(current);
    }

    /** A translated page's language: its translation, and where the other pages in that language are. */
    PageLanguage language(PageTranslation translation) throws SiteException {
        java.util.Set<String> versions = new java.util.HashSet<>();
        for (PublishedVersion version : history.versions()) {
            if (translations.of(version, translation.tag()).isPresent()) {
                versions.add(version.id());
            }
        }
        boolean index = indexLanguages().stream().anyMatch(t -> t.tag().equals(translation.tag()));
        Messages messages = templates.messages(translation.locale());
        // The language's own words decide whether its PDF can be printed with the embedded fonts.
        StringBuilder words = new StringBuilder();
        messages.keys().forEach(key -> words.append(messages.text(key)).append('\n'));
        return new PageLanguage(messages, translation, versions, index, PdfRenderer.prints(words.toString()));
    }

    /** What a translated page's banner names: the English version it matches, by date, and where it is. */
    public record TranslationOf(LocalDate date, String href) {}

    /**
     * The English version a translation of {@code version}'s page matches: the one the model names, else the
     * version itself; for the living policy's page (no version yet), the English page in force.
     */
    TranslationOf translationOf(PageTranslation translation, PublishedVersion version, String root) {
        PublishedVersion matches = translation.matches() != null ? translation.matches() : version;
        if (matches == null) {
            return new TranslationOf(history.living().lastUpdated(), root);
        }
        return new TranslationOf(matches.lastUpdated(), root + matches.id() + "/");
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
        Policy latest = history.latest().map(PublishedVersion::policy).orElse(history.living());
        return "https://" + latest.contact().website() + "/privacy/";
    }
}
