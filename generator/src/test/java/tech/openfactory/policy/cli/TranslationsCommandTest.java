package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.Project;

/** {@code policy translations status}: the table, the lines to act on, and when it fails. */
class TranslationsCommandTest {
    private static final String TABLE = """
            locale  translated  missing  stale  placeholder mismatches  orphaned
            ar      1/85        84       0      0                       0
            de      84/85       0        1      0                       0
            """;
    private static final String STALE = "content/privacy/translations/de.yaml:119:3: de: unit"
            + " 'restrictions.commitments.no-sale' is stale: the English text changed since it was translated; translate"
            + " it again and set source: dab916b1085b8904bf0e90ab61beecbe311af961d514893061a1ad740ce39b08\n";

    @TempDir
    Path dir;

    /** A copy of the example's content folder to change freely. */
    private Path copyOfExample() throws IOException {
        Path source = Project.exampleContent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    private static String shown(String text, Path content) {
        return text.replace(content.toString(), "content");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void prints_the_table_of_the_example_then_its_stale_unit_and_exits_0() {
        Path content = Project.exampleContent();
        Run run = Run.of("translations", "status", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(TABLE + STALE, shown(run.out(), content));
        assertEquals("", run.err());
    }

    @Test
    void one_locale_with_its_missing_units_and_the_source_to_record() {
        Path content = Project.exampleContent();
        Run run = Run.of("translations", "status", "--content", content.toString(), "--locale", "ar", "--missing");
        assertEquals(0, run.exit(), run.err());
        String[] lines = shown(run.out(), content).split("\n");
        assertEquals(2 + 84, lines.length);
        assertEquals("ar      1/85        84       0      0                       0", lines[1]);
        assertEquals("content/privacy/translations/ar.yaml:7:1: ar: unit 'title' is not translated (the page shows it"
                + " in English); add it under units: with source:"
                + " 506ff394621596dd88138642eddfc1e41833b3ae92d95e5c77c94327098abd9a", lines[2]);
    }

    @Test
    void an_unknown_locale_is_a_usage_error() {
        Path content = Project.exampleContent();
        Run run = Run.of("translations", "status", "--content", content.toString(), "--locale", "fr");
        assertEquals(2, run.exit());
        assertTrue(shown(run.err(), content).startsWith("no translation 'fr' in content/privacy/translations; the"
                + " translations there are ar, de\n"), run.err());
    }

    @Test
    void a_placeholder_mismatch_exits_1_with_its_line() throws IOException {
        Path content = copyOfExample();
        edit(content.resolve("privacy/translations/de.yaml"), "Ablauf der {{rights.responseTime:compound}}-Frist.",
                "Ablauf der 45-Tage-Frist.");
        Run run = Run.of("translations", "status", "--content", content.toString());
        assertEquals(1, run.exit(), run.out());
        assertEquals(TABLE.replace("de      84/85       0        1      0 ", "de      83/85       0        1      1 ")
                + STALE + "content/privacy/translations/de.yaml:242:3: de: unit"
                + " 'rights.requests' does not use the placeholders of its English text: it lacks"
                + " {{rights.responseTime:compound}}; use exactly {{contact.email}}, {{rights.responseTime:compound}},"
                + " as the English text does (facts come in through placeholders, never translated by hand)\n",
                shown(run.out(), content));
    }

    @Test
    void a_malformed_translation_exits_1_and_the_others_are_still_reported() throws IOException {
        Path content = copyOfExample();
        edit(content.resolve("privacy/translations/ar.yaml"), "locale: ar", "locale: ar_EG");
        Run run = Run.of("translations", "status", "--content", content.toString());
        assertEquals(1, run.exit());
        assertEquals("""
                locale  translated  missing  stale  placeholder mismatches  orphaned
                de      84/85       0        1      0                       0
                """ + STALE, shown(run.out(), content));
        assertEquals("content/privacy/translations/ar.yaml:5:9: locale: 'ar_EG' is not a well-formed BCP 47 language tag"
                + " (Invalid subtag: ar_EG); write a tag such as de, fr, fr-CA or ar\n"
                + "1 problem in content/privacy/translations/ar.yaml; fix them: a translation that does not load is"
                + " left out of the table and of the pages\n", shown(run.err(), content));
    }

    @Test
    void a_fact_changed_in_english_changes_no_status() throws IOException {
        Path content = copyOfExample();
        edit(content.resolve("privacy/policy.yaml"), "responseTime: 45 days", "responseTime: 60 days");
        Run run = Run.of("translations", "status", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(TABLE + STALE, shown(run.out(), content));
    }

    @Test
    void without_translations_says_where_to_add_one() throws IOException {
        Path content = Project.contentWith(dir, Project.policyText());
        Run run = Run.of("translations", "status", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("no translations in content/privacy/translations: add one as"
                + " content/privacy/translations/<locale>.yaml, e.g. de.yaml\n", shown(run.out(), content));
    }

    @Test
    void translations_without_a_subcommand_is_a_usage_error() {
        Run run = Run.of("translations");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("say what to do: status"), run.err());
    }
}
