package tech.openfactory.policy.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tech.openfactory.policy.model.HistoryLoader;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyHistory;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.translation.StalePolicy;

/**
 * The one entry point of the generator: loads {@code content/privacy/} (the living policy and its published
 * versions), renders the site and puts it in place atomically. One renderer per kind of output: the policy pages,
 * the changelogs, the versions list, the feed, each in English and in every language the policy was released
 * with (the translations of {@code content/privacy/translations/}, frozen with each version).
 *
 * <pre>{@code
 * SiteBuilder.builder().content(Path.of("content")).build().render();
 * }</pre>
 */
public final class SiteBuilder {
    /** Where the living policy lives below the content folder. */
    public static final String POLICY_FILE = "privacy/policy.yaml";
    /** The stylesheet below the templates folder, published beside the page. */
    public static final String STYLESHEET = "style.css";

    private final Path content;
    private final Path templates;
    private final Path out;
    private final PolicyLoader loader;
    private final LocalDate asOf;
    private final SiteWriter writer;
    private final StalePolicy stale;
    /** Made on the first render: its class initialisation (the PDF libraries' logging) is wasted on check. */
    private PdfRenderer pdf;
    private Templates compiled;
    private String compiledFingerprint;

    private SiteBuilder(Builder builder) {
        this.content = builder.content;
        this.templates = builder.templates;
        this.out = builder.out;
        this.loader = builder.loader;
        this.asOf = builder.asOf;
        this.writer = builder.writer;
        this.stale = builder.stale;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The policy file this builder reads. */
    public Path policyFile() {
        return content.resolve(POLICY_FILE);
    }

    /** Loads and validates the living policy and every published version, without rendering anything. */
    public PolicyHistory check() throws PolicyException {
        return new HistoryLoader(loader).load(policyFile().getParent());
    }

    /**
     * Renders the whole site and replaces the output folder with it.
     *
     * @return the files written, relative to the output folder, in order
     * @throws PolicyException when the policy or its history has problems; nothing is written
     * @throws SiteException   when templates or the output folder fail; the previous site stays as it was
     */
    public List<String> render() throws PolicyException, SiteException {
        writer.recover(out); // first, so that a build killed mid-swap gets its site back even if this one fails
        SortedMap<String, byte[]> files = files(Files.isDirectory(out) ? out : null);
        writer.replace(out, files);
        return List.copyOf(files.keySet());
    }

    /** The whole site in memory, relative path to bytes, without writing anything: what render writes. */
    public SortedMap<String, byte[]> files() throws PolicyException, SiteException {
        return files(null);
    }

    private SortedMap<String, byte[]> files(Path previous) throws PolicyException, SiteException {
        PolicyHistory history = check();
        SiteTranslations translations = SiteTranslations.of(history, policyFile().getParent(), stale);
        PageContext site = new PageContext(history, asOf, templates(),
                new String(readTemplateFile(PdfRenderer.STYLESHEET), java.nio.charset.StandardCharsets.UTF_8), pdf(),
                previous, translations);
        SortedMap<String, byte[]> files = new TreeMap<>();
        PolicyPageRenderer.render(site, files);
        ChangelogRenderer.render(site, files);
        VersionsPageRenderer.render(site, files);
        FeedRenderer.render(site, files);
        files.put("privacy/" + STYLESHEET, readTemplateFile(STYLESHEET));
        return files;
    }

    private synchronized PdfRenderer pdf() {
        if (pdf == null) {
            pdf = new PdfRenderer();
        }
        return pdf;
    }

    /**
     * The compiled templates, kept between renders of this builder (serve renders on every save) and compiled
     * again only when a file of the templates folder changed.
     */
    private synchronized Templates templates() throws SiteException {
        String fingerprint = fingerprint(templates);
        if (compiled == null || !fingerprint.equals(compiledFingerprint)) {
            compiled = new Templates(templates);
            compiledFingerprint = fingerprint;
        }
        return compiled;
    }

    private static String fingerprint(Path folder) throws SiteException {
        StringBuilder print = new StringBuilder();
        try (var files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file)) {
                    print.append(file).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                }
            }
        } catch (IOException e) {
            throw new SiteException(folder + ": cannot read the templates folder (" + e.getMessage()
                    + "); check the --templates folder", e);
        }
        return print.toString();
    }

    /** The folders whose changes call for a new render: content and templates. */
    public List<Path> sources() {
        return List.of(content, templates);
    }

    private byte[] readTemplateFile(String name) throws SiteException {
        Path file = templates.resolve(name);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SiteException(file + ": no such file; the site needs its stylesheet in the --templates folder");
        } catch (IOException e) {
            throw new SiteException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Options of a build; each has a default that matches the repository's layout. */
    public static final class Builder {
        private Path content = Path.of("content");
        private Path templates = Path.of("templates");
        private Path out = Path.of("site");
        private PolicyLoader loader = PolicyLoader.builder().build();
        private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        private SiteWriter writer = SiteWriter.DEFAULT;
        private StalePolicy stale = StalePolicy.DEFAULT;

        private Builder() {}

        /**
         * What a translated page does with a unit whose English text changed since it was translated:
         * {@link StalePolicy#ENGLISH_WITH_NOTE} (the default) shows the English text, marked {@code lang="en"} with a
         * note; {@link StalePolicy#REFUSE} fails the build, naming each such unit at its line in its translation file.
         */
        public Builder stale(StalePolicy stale) {
            this.stale = java.util.Objects.requireNonNull(stale, "stale");
            return this;
        }

        /** The writer that puts the site in place; tests pass one with a fault-injection hook. */
        Builder writer(SiteWriter writer) {
            this.writer = writer;
            return this;
        }

        /**
         * The day the site is built for: it decides which version is in force and which is upcoming. Default
         * today (UTC). The same content built for the same day gives byte-identical files.
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /** The folder holding {@code privacy/policy.yaml}. Default {@code content}. */
        public Builder content(Path content) {
            this.content = content;
            return this;
        }

        /** The folder holding the Pebble templates and {@code style.css}. Default {@code templates}. */
        public Builder templates(Path templates) {
            this.templates = templates;
            return this;
        }

        /** The folder the site replaces. Default {@code site}. */
        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        /** The loader, for other limits than the defaults. Default {@code PolicyLoader.builder().build()}. */
        public Builder loader(PolicyLoader loader) {
            this.loader = loader;
            return this;
        }

        public SiteBuilder build() {
            return new SiteBuilder(this);
        }
    }
}
