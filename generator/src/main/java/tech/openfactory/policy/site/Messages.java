package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The page's own words in one language: {@code templates/messages/<language>.properties} (UTF-8). Every fixed word
 * a page shows (labels, table headings, banners, the words of retention periods and legal facts) is a message; the
 * policy's facts fill its arguments. {@code en.properties} names every key; every other bundle must have exactly the
 * same keys, so a missing translation fails the build with the key and the file, and nothing falls back to English.
 *
 * <p>A message is plain text with three marks, so a translator can move words, links and emphasis around without
 * writing HTML: {@code {name}} is an argument, {@code [words](name)} a link to the argument {@code name},
 * {@code **words**} strong emphasis. Everything else is text and is escaped.
 */
final class Messages {
    /** The folder of the bundles below the templates folder. */
    static final String FOLDER = "messages";
    /** The bundle every other is held to. */
    static final String ENGLISH = "en";

    final Locale locale;
    final Path file;
    private final Map<String, String> values;

    private Messages(Locale locale, Path file, Map<String, String> values) {
        this.locale = locale;
        this.file = file;
        this.values = values;
    }

    /** The file of a language's bundle below the templates folder. */
    static Path fileOf(Path templates, Locale locale) {
        return templates.resolve(FOLDER).resolve(locale.toLanguageTag() + ".properties");
    }

    /**
     * Reads a bundle; {@code english} is the bundle it is held to (null when this is English): a key that English
     * has and this one lacks, or one English does not know, is an error, all of them named in one message.
     */
    static Messages load(Path templates, Locale locale, Messages english) throws SiteException {
        Path file = fileOf(templates, locale);
        Strict properties = new Strict();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new SiteException(file + ": no such file; every language of the site needs its messages"
                    + (english == null ? "" : ", with the keys of " + english.file.getFileName()));
        } catch (CharacterCodingException e) {
            throw new SiteException(file + ": not UTF-8 (" + e.getMessage() + "); save the file as UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new SiteException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<String> problems = new ArrayList<>();
        for (String key : properties.duplicates) {
            problems.add(file + ":" + line(file, key) + ": " + key + ": written twice; keep one");
        }
        if (english != null) {
            Set<String> expected;
            try {
                expected = expected(english.values.keySet(), locale);
            } catch (IllegalArgumentException e) {
                throw new SiteException(file + ": " + e.getMessage());
            }
            for (String key : new TreeSet<>(expected)) {
                if (!properties.values.containsKey(key)) {
                    String like = english.values.get(key) != null ? key : pluralFamily(key) + "." + Plural.OTHER.id();
                    problems.add(file + ": " + key + ": missing; translate " + english.file.getFileName() + "'s "
                            + like + "='" + english.values.get(like) + "'");
                }
            }
            for (String key : new TreeSet<>(properties.values.keySet())) {
                if (!expected.contains(key) && !key.startsWith(WORD)) {
                    problems.add(file + ":" + line(file, key) + ": " + key + ": unknown key, not in "
                            + english.file.getFileName() + (pluralFamily(key) != null
                                    ? " and not a plural form of " + locale.getDisplayLanguage(Locale.ENGLISH)
                                            + " (" + forms(locale) + ")"
                                    : "") + "; remove it or add it there");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SiteException(String.join("\n", problems));
        }
        return new Messages(locale, file, Collections.unmodifiableMap(properties.values));
    }

    /** Messages for the free words of the YAML in a language other than English: {@code word.build}. */
    static final String WORD = "word.";

    /**
     * The keys a bundle of {@code locale} must have: English's, with each plural family ({@code period.days.*}, known
     * by its {@code other} form) in the forms of the language instead of English's one and other.
     */
    static Set<String> expected(Set<String> english, Locale locale) {
        Set<String> families = new TreeSet<>();
        for (String key : english) {
            if (key.endsWith("." + Plural.OTHER.id())) {
                families.add(key.substring(0, key.length() - Plural.OTHER.id().length() - 1));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (String key : english) {
            if (pluralFamily(key) == null || !families.contains(pluralFamily(key))) {
                expected.add(key);
            }
        }
        for (String family : families) {
            for (Plural form : Plural.forms(locale)) {
                expected.add(family + "." + form.id());
            }
        }
        return expected;
    }

    /** The family of a plural key ("period.days" of "period.days.few"); null for any other key. */
    private static String pluralFamily(String key) {
        for (Plural form : Plural.values()) {
            if (key.endsWith("." + form.id())) {
                return key.substring(0, key.length() - form.id().length() - 1);
            }
        }
        return null;
    }

    private static String forms(Locale locale) {
        return String.join(", ", Plural.forms(locale).stream().map(Plural::id).toList());
    }

    /** The raw text of a message. */
    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new MessageProblem(file + ": no message '" + key + "'; add it to every bundle in " + file.getParent());
        }
        return value;
    }

    /** Whether the bundle has a message; for words of the policy looked up by the word itself. */
    boolean has(String key) {
        return values.containsKey(key);
    }

    Set<String> keys() {
        return values.keySet();
    }

    /** A message as HTML: text escaped, arguments filled (a {@link SafeString} as it is, anything else escaped). */
    SafeString html(String key, Map<String, ?> args) {
        return new SafeString(new Formatter(key, text(key), args, true).format());
    }

    /** A message as plain text, for a PDF's title: arguments filled, links and emphasis reduced to their words. */
    String plain(String key, Map<String, ?> args) {
        return new Formatter(key, text(key), args, false).format();
    }

    /** A link argument that says which language the page it leads to is in. */
    record Link(String href, String hreflang) {}

    /**
     * A message the templates or the code ask for and the bundle lacks, or one that asks for an argument it is not
     * given: a bug of the templates or of a bundle, reported with the file (and line) of the bundle.
     */
    static final class MessageProblem extends RuntimeException {
        MessageProblem(String message) {
            super(message);
        }
    }

    /** Fills one message. */
    private final class Formatter {
        private final String key;
        private final String text;
        private final Map<String, ?> args;
        private final boolean html;
        private int at;

        Formatter(String key, String text, Map<String, ?> args, boolean html) {
            this.key = key;
            this.text = text;
            this.args = args == null ? Map.of() : args;
            this.html = html;
        }

        String format() {
            return until(null);
        }

        /** Reads up to {@code end} (or the end of the text) and returns what it makes. */
        private String until(String end) {
            StringBuilder out = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                if (end != null && text.startsWith(end, at)) {
                    at += end.length();
                    out.append(escape(literal));
                    return out.toString();
                }
                char c = text.charAt(at);
                if (c == '{') {
                    int close = text.indexOf('}', at);
                    if (close < 0) {
                        throw problem("'{' without '}'");
                    }
                    out.append(escape(literal));
                    literal.setLength(0);
                    out.append(argument(text.substring(at + 1, close)));
                    at = close + 1;
                } else if (c == '[' && linkAhead()) {
                    out.append(escape(literal));
                    literal.setLength(0);
                    at++;
                    String words = until("](");
                    int close = text.indexOf(')', at);
                    String name = text.substring(at, close);
                    at = close + 1;
                    out.append(link(name, words));
                } else if (text.startsWith("**", at)) {
                    out.append(escape(literal));
                    literal.setLength(0);
                    at += 2;
                    if (text.indexOf("**", at) < 0) {
                        throw problem("'**' without its closing '**'");
                    }
                    String words = until("**");
                    out.append(html ? "<strong>" + words + "</strong>" : words);
                } else {
                    literal.append(c);
                    at++;
                }
            }
            if (end != null) {
                throw problem("'" + end + "' expected");
            }
            out.append(escape(literal));
            return out.toString();
        }

        /** A '[' that starts a link: one with "](name)" after it. */
        private boolean linkAhead() {
            int mid = text.indexOf("](", at);
            return mid > 0 && text.indexOf(')', mid) > 0;
        }

        private String argument(String name) {
            Object value = value(name);
            if (value instanceof SafeString safe) {
                return html ? safe.toString() : org.jsoup.Jsoup.parse(safe.toString()).text();
            }
            return escape(String.valueOf(value));
        }

        private String link(String name, String words) {
            if (!html) {
                return words;
            }
            Object value = value(name);
            String href;
            String hreflang = null;
            if (value instanceof Link l) {
                href = l.href();
                hreflang = l.hreflang();
            } else {
                href = String.valueOf(value);
            }
            return "<a href=\"" + escape(href) + "\"" + (hreflang == null ? "" : " hreflang=\"" + escape(hreflang) + "\"")
                    + ">" + words + "</a>";
        }

        private Object value(String name) {
            if (!args.containsKey(name) || args.get(name) == null) {
                throw problem("{" + name + "} is not an argument of this message; it has: "
                        + String.join(", ", new TreeSet<>(args.keySet())));
            }
            return args.get(name);
        }

        private String escape(CharSequence literal) {
            return html ? Html.escape(literal.toString()) : literal.toString();
        }

        private MessageProblem problem(String what) {
            return new MessageProblem(file + ":" + line(file, key) + ": " + key + ": " + what + " in '" + text + "'");
        }
    }

    /** The line a key is written on, for an error; 1 when it cannot be told. */
    static int line(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:].*")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the message is still worth giving without its line
        }
        return 1;
    }

    /** Properties that remember keys written twice and keep their order. */
    private static final class Strict extends Properties {
        private static final long serialVersionUID = 1L;
        final transient Map<String, String> values = new LinkedHashMap<>();
        final transient List<String> duplicates = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (values.put((String) key, (String) value) != null) {
                duplicates.add((String) key);
            }
            return super.put(key, value);
        }
    }
}
