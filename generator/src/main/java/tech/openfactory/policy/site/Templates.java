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

/**
 * The Pebble templates of the site, compiled once per build and shared by every renderer. Errors come back as
 * {@link SiteException}s naming the template file and line.
 */
final class Templates {
    private final PebbleEngine engine;
    private final Path folder;
    private final PagePostProcessor postProcessor = new PagePostProcessor();

    Templates(Path folder) {
        this.folder = folder;
        this.engine = new PebbleEngine.Builder()
                .loader(new FileLoader(folder.toAbsolutePath().normalize().toString()))
                .autoEscaping(true) // never off: prose reaches a page only through the sanitizing filters
                .strictVariables(true)
                .defaultLocale(Locale.ENGLISH)
                .newLineTrimming(true)
                .extension(new PolicyExtension())
                .build();
    }

    /** An HTML page: the template's output, numbered, anchored and given its table of contents. */
    String page(String template, Map<String, Object> variables) throws SiteException {
        return postProcessor.process(text(template, variables));
    }

    /** Any other text, e.g. the Atom feed, exactly as the template writes it. */
    String text(String template, Map<String, Object> variables) throws SiteException {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, variables);
            return out.toString();
        } catch (PebbleException e) {
            throw new SiteException(location(e, template) + ": " + e.getPebbleMessage()
                    + "; fix the template (see the Pebble documentation for its syntax)", e);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(folder.resolve(template) + ": cannot read the template (" + e.getMessage()
                    + "); check the --templates folder", e);
        }
    }

    private String location(PebbleException e, String template) {
        String file = e.getFileName() == null ? template : e.getFileName();
        Path path = Path.of(file);
        String shown = path.isAbsolute() ? file : folder.resolve(file).toString();
        return shown + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber());
    }
}
