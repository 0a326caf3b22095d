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
    /** The message bundles read so far, by language; English first, as every other is held to it. */
    private final Map<Locale, Messages> messages = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The messages of a language, read from {@code messages/<tag>.properties} the first time they are needed. */
    synchronized Messages messages(Locale locale) throws SiteException {
        Messages loaded = messages.get(locale);
        if (loaded == null) {
            Messages english = locale.getLanguage().equals(Messages.ENGLISH) ? null : messages(Locale.ENGLISH);
            loaded = Messages.load(folder, locale, english);
            messages.put(locale, loaded);
        }
        return loaded;
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
            Messages.MessageProblem missing = messageProblem(e);
            if (missing != null) {
                throw new SiteException(missing.getMessage() + " (asked for by " + location(e, template) + ")", e);
            }
            throw new SiteException(location(e, template) + ": " + e.getPebbleMessage()
                    + "; fix the template (see the Pebble documentation for its syntax)", e);
        } catch (Messages.MessageProblem e) {
            throw new SiteException(e.getMessage() + " (asked for by " + folder.resolve(template) + ")", e);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(folder.resolve(template) + ": cannot read the template (" + e.getMessage()
                    + "); check the --templates folder", e);
        }
    }

    private static Messages.MessageProblem messageProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Messages.MessageProblem missing) {
                return missing;
            }
        }
        return null;
    }

    private String location(PebbleException e, String template) {
        String file = e.getFileName() == null ? template : e.getFileName();
        Path path = Path.of(file);
        String shown = path.isAbsolute() ? file : folder.resolve(file).toString();
        return shown + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber());
    }
}
