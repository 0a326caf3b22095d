package tech.openfactory.policy.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * The one entry point of the generator: loads {@code content/privacy/policy.yaml}, renders the site and puts it
 * in place atomically.
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

    private SiteBuilder(Builder builder) {
        this.content = builder.content;
        this.templates = builder.templates;
        this.out = builder.out;
        this.loader = builder.loader;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The policy file this builder reads. */
    public Path policyFile() {
        return content.resolve(POLICY_FILE);
    }

    /** Loads and validates the policy without rendering anything. */
    public Policy check() throws PolicyException {
        return loader.load(policyFile());
    }

    /**
     * Renders the whole site and replaces the output folder with it.
     *
     * @return the files written, relative to the output folder, in order
     * @throws PolicyException when the policy has problems; nothing is written
     * @throws SiteException   when templates or the output folder fail; the previous site stays as it was
     */
    public List<String> render() throws PolicyException, SiteException {
        Policy policy = check();
        SortedMap<String, byte[]> files = new TreeMap<>();
        PolicyPageRenderer page = new PolicyPageRenderer(templates);
        files.put("privacy/index.html", utf8(page.render(policy, "")));
        files.put("privacy/" + STYLESHEET, readTemplateFile(STYLESHEET));
        SiteWriter.replace(out, files);
        return List.copyOf(files.keySet());
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

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Options of a build; each has a default that matches the repository's layout. */
    public static final class Builder {
        private Path content = Path.of("content");
        private Path templates = Path.of("templates");
        private Path out = Path.of("site");
        private PolicyLoader loader = PolicyLoader.builder().build();

        private Builder() {}

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
