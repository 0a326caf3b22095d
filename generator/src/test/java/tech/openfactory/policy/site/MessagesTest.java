package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message bundles: their marks, their escaping, and how strictly a bundle is held to English. */
class MessagesTest {
    @TempDir
    Path dir;

    private Path bundle(String tag, String text) throws Exception {
        Path file = dir.resolve("messages/" + tag + ".properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void text_is_escaped_arguments_filled_links_and_emphasis_made() throws Exception {
        bundle("en", "m=**Takes effect on {date}.** <b>&</b> [Read it](link) · [English](english) {name}\n");
        Messages en = Messages.load(dir, Locale.ENGLISH, null);
        SafeString html = en.html("m", Map.of("date", new SafeString("<time datetime=\"2026-01-05\">January 5, 2026</time>"),
                "link", "../a/?x=1&y=2", "english", new Messages.Link("../b/", "en"), "name", "<script>\"'"));
        assertEquals("<strong>Takes effect on <time datetime=\"2026-01-05\">January 5, 2026</time>.</strong>"
                + " &lt;b&gt;&amp;&lt;/b&gt; <a href=\"../a/?x=1&amp;y=2\">Read it</a> · <a href=\"../b/\" hreflang=\"en\">"
                + "English</a> &lt;script&gt;&quot;&#39;", html.toString());
        assertEquals("Takes effect on January 5, 2026. <b>&</b> Read it · English <script>\"'", en.plain("m",
                Map.of("date", new SafeString("<time>January 5, 2026</time>"), "link", "x", "english", "y",
                        "name", "<script>\"'")));
    }

    @Test
    void an_argument_a_message_does_not_get_is_an_error_naming_the_file_and_line() throws Exception {
        Path file = bundle("en", "# words\na=one\nb=Hello {who}\n");
        Messages en = Messages.load(dir, Locale.ENGLISH, null);
        Messages.MessageProblem e = assertThrows(Messages.MessageProblem.class, () -> en.html("b", Map.of("name", "x")));
        assertEquals(file + ":3: b: {who} is not an argument of this message; it has: name in 'Hello {who}'",
                e.getMessage());
        Messages.MessageProblem missing = assertThrows(Messages.MessageProblem.class, () -> en.html("c", Map.of()));
        assertTrue(missing.getMessage().startsWith(file + ": no message 'c'"), missing.getMessage());
    }

    @Test
    void a_bundle_has_exactly_the_keys_of_english_with_the_plural_forms_of_its_language() throws Exception {
        bundle("en", "a=one\nb=two\nperiod.days.one={amount} day\nperiod.days.other={amount} days\n");
        Messages en = Messages.load(dir, Locale.ENGLISH, null);
        Path ar = bundle("ar", "a=١\nc=٣\nperiod.days.one=يوم واحد\nperiod.days.other={amount} يوم\nword.build=البناء\n");
        SiteException e = assertThrows(SiteException.class, () -> Messages.load(dir, Locale.forLanguageTag("ar"), en));
        assertEquals(String.join("\n",
                ar + ": b: missing; translate en.properties's b='two'",
                ar + ": period.days.few: missing; translate en.properties's period.days.other='{amount} days'",
                ar + ": period.days.many: missing; translate en.properties's period.days.other='{amount} days'",
                ar + ": period.days.two: missing; translate en.properties's period.days.other='{amount} days'",
                ar + ": period.days.zero: missing; translate en.properties's period.days.other='{amount} days'",
                ar + ":2: c: unknown key, not in en.properties; remove it or add it there"), e.getMessage());
        assertEquals(Set.of("a", "b", "period.days.zero", "period.days.one", "period.days.two", "period.days.few",
                "period.days.many", "period.days.other"), Messages.expected(en.keys(), Locale.forLanguageTag("ar")));
    }

    @Test
    void a_key_written_twice_is_an_error() throws Exception {
        Path file = bundle("en", "a=one\na=two\n");
        SiteException e = assertThrows(SiteException.class, () -> Messages.load(dir, Locale.ENGLISH, null));
        assertEquals(file + ":1: a: written twice; keep one", e.getMessage());
    }

    @Test
    void the_bundles_of_the_site_are_complete() throws Exception {
        Templates templates = new Templates(Project.templates());
        for (String tag : new String[] {"en", "de", "ar"}) {
            templates.messages(Locale.forLanguageTag(tag)); // throws, naming every key missing or unknown
        }
    }
}
