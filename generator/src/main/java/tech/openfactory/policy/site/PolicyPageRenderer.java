package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import tech.openfactory.policy.model.Policy;

/** Renders the policy page, {@code privacy.peb}, from the templates folder; one renderer per kind of page. */
final class PolicyPageRenderer {
    static final String TEMPLATE = "privacy.peb";

    private final PebbleEngine engine;
    private final Path templates;
    private final PagePostProcessor postProcessor = new PagePostProcessor();

    PolicyPageRenderer(Path templates) {
        this.templates = templates;
        FileLoader loader = new FileLoader(templates.toAbsolutePath().toString());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true) // never off: prose reaches the page only through the sanitizing filters
                .strictVariables(true)
                .defaultLocale(Locale.ENGLISH)
                .newLineTrimming(true)
                .extension(new PolicyExtension())
                .build();
    }

    /** The page's HTML; {@code root} is the relative path from the page to the site's privacy folder. */
    String render(Policy policy, String root) throws SiteException {
        try {
            PebbleTemplate template = engine.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.evaluate(out, Map.of(PolicyExtension.POLICY, policy, "root", root));
            return postProcessor.process(out.toString());
        } catch (PebbleException e) {
            throw new SiteException(location(e) + ": " + e.getPebbleMessage()
                    + "; fix the template (see the Pebble documentation for its syntax)", e);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(templates.resolve(TEMPLATE) + ": cannot read the template (" + e.getMessage()
                    + "); check the --templates folder", e);
        }
    }

    private String location(PebbleException e) {
        String file = e.getFileName() == null ? TEMPLATE : e.getFileName();
        Path path = Path.of(file);
        String shown = path.isAbsolute() ? file : templates.resolve(file).toString();
        return shown + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber());
    }
}
