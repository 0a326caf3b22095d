package tech.openfactory.policy.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.Problem;

/** Translation files load as strictly as the policy: every problem at its line, with what to write instead. */
class TranslationLoaderTest {
    private static final String SHA = "0123456789abcdef".repeat(4);
    private static final String UNIT = "units:\n  summary.text:\n    source: " + SHA + "\n    text: Kurz gesagt.\n";

    private static List<String> problems(String file, String text) {
        PolicyException e = assertThrows(PolicyException.class,
                () -> new TranslationLoader().load(file, text.getBytes(StandardCharsets.UTF_8)));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void loads_the_example_translations_with_their_language_direction_and_unit_lines() throws Exception {
        List<Translation> translations = new TranslationLoader().loadAll(Example.PRIVACY.resolve("translations"));
        assertEquals(List.of("ar", "de"), translations.stream().map(Translation::tag).toList());
        Translation ar = translations.get(0);
        Translation de = translations.get(1);
        assertEquals("العربية", ar.language());
        assertEquals("rtl", ar.direction());
        assertEquals("Deutsch", de.language());
        assertEquals("ltr", de.direction());
        assertEquals(85, de.units().size());
        TranslatedUnit noSale = de.unit("restrictions.commitments.no-sale").orElseThrow();
        assertEquals("Wir verkaufen keine personenbezogenen Daten.", noSale.text());
        assertEquals(119, noSale.line());
        assertEquals(3, noSale.column());
        assertEquals(9, de.unitsLine());
    }

    @Test
    void a_fr_CA_translation_loads_with_its_region() throws Exception {
        Translation t = new TranslationLoader().load("t/fr-CA.yaml",
                ("locale: fr-CA\nlanguage: français\n" + UNIT).getBytes(StandardCharsets.UTF_8));
        assertEquals("CA", t.locale().getCountry());
        assertEquals("ltr", t.direction());
    }

    @Test
    void a_translation_may_have_no_units_yet() throws Exception {
        Translation t = new TranslationLoader().load("t/fr.yaml",
                "locale: fr\nlanguage: français\nunits: {}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), t.units());
    }

    @Test
    void refuses_a_malformed_locale_tag() {
        assertEquals(List.of("t/de.yaml:1:9: locale: 'de_DE' is not a well-formed BCP 47 language tag (Invalid subtag:"
                + " de_DE); write a tag such as de, fr, fr-CA or ar"),
                problems("t/de.yaml", "locale: de_DE\nlanguage: Deutsch\n" + UNIT));
    }

    @Test
    void refuses_a_tag_not_written_the_canonical_way() {
        assertEquals(List.of("t/fr-CA.yaml:1:9: locale: 'fr-ca' is written fr-CA in BCP 47 (language lower-case,"
                + " region upper-case); write fr-CA"), problems("t/fr-CA.yaml", "locale: fr-ca\nlanguage: français\n" + UNIT));
    }

    @Test
    void refuses_a_locale_other_than_the_file_name() {
        assertEquals(List.of("t/de.yaml:1:9: locale: is fr but the file is named de.yaml; a translation is named by its"
                + " locale: write locale: de, or rename the file to fr.yaml"),
                problems("t/de.yaml", "locale: fr\nlanguage: Deutsch\n" + UNIT));
    }

    @Test
    void refuses_a_file_not_named_by_a_language_tag_and_an_english_one() {
        assertEquals(List.of("t/de_DE.yaml:1:1: the file name de_DE.yaml does not name the language of a translation:"
                + " 'de_DE' is not a well-formed BCP 47 language tag (Invalid subtag: de_DE); name a translation by the"
                + " BCP 47 tag of its language, e.g. de.yaml, fr-CA.yaml or ar.yaml"),
                problems("t/de_DE.yaml", "locale: de\nlanguage: Deutsch\n" + UNIT));
        assertEquals(List.of("t/en.yaml:1:1: the file name en.yaml does not name the language of a translation: 'en'"
                + " is English, the language the policy itself is written in, and a translation is into another"
                + " language; name a translation by the BCP 47 tag of its language, e.g. de.yaml, fr-CA.yaml or ar.yaml"),
                problems("t/en.yaml", "locale: en\nlanguage: English\n" + UNIT));
        assertEquals(List.of("t/fr-ca.yaml:1:1: the file name fr-ca.yaml does not name the language of a translation:"
                + " 'fr-ca' is written fr-CA in BCP 47 (language lower-case, region upper-case); rename it fr-CA.yaml"),
                problems("t/fr-ca.yaml", "locale: fr-CA\nlanguage: français\n" + UNIT));
    }

    @Test
    void refuses_an_unknown_unit_key_and_names_the_one_meant() {
        String text = """
                locale: de
                language: Deutsch
                units:
                  summary.txt:
                    source: %1$s
                    text: Kurz gesagt.
                  use.purpose.billing.name:
                    source: %1$s
                    text: Abrechnung
                  collection.categories.Account-Data.name:
                    source: %1$s
                    text: Kontodaten
                  footer.text:
                    source: %1$s
                    text: Fußzeile
                """.formatted(SHA);
        String units = "A unit is the key of a passage of the policy, e.g. summary.text or"
                + " collection.categories.<id>.description (the README lists them all)";
        assertEquals(List.of(
                "t/de.yaml:4:3: units.summary.txt: unknown unit 'summary.txt'; did you mean 'summary.text'? " + units,
                "t/de.yaml:7:3: units.use.purpose.billing.name: unknown unit 'use.purpose.billing.name'; did you mean"
                        + " 'use.purposes.billing.name'? " + units,
                "t/de.yaml:10:3: units.collection.categories.Account-Data.name: 'collection.categories.Account-Data.name'"
                        + " is not a unit: ids are lower-case words joined by hyphens, as the policy writes them; write"
                        + " collection.categories.account-data.name",
                "t/de.yaml:13:3: units.footer.text: unknown unit 'footer.text'; a unit is the key of a passage of the"
                        + " policy, e.g. summary.text or collection.categories.<id>.description (the README lists them"
                        + " all)"),
                problems("t/de.yaml", text));
    }

    @Test
    void reports_every_problem_of_the_units_at_once() {
        String text = """
                locale: de
                language: Deutsch
                units:
                  summary.text:
                    source: 3f5a
                    txt: Kurz gesagt.
                  intro:
                    source: %1$s
                    text: Diese Erklärung gilt für {{contact.mail}} und {{rights.responseTime:compund}}.
                  intro:
                    source: %1$s
                    text: Noch einmal.
                """.formatted(SHA);
        assertEquals(List.of(
                "t/de.yaml:5:13: units.summary.text.source: '3f5a' is not a SHA-256; write the 64 lower-case"
                        + " hexadecimal digits of the English text's SHA-256, as `policy translations status --missing`"
                        + " prints them",
                "t/de.yaml:6:5: units.summary.text.txt: unknown key 'txt'; did you mean 'text'? Known keys here:"
                        + " source, text",
                "t/de.yaml:9:36: units.intro.text: unknown placeholder {{contact.mail}}; did you mean"
                        + " {{contact.email}}? Known placeholders: title, controller, effective, lastUpdated,"
                        + " contact.email, contact.website, rights.responseTime, childrenAndChanges.children.minimumAge",
                "t/de.yaml:9:57: units.intro.text: {{rights.responseTime}} has no form 'compund'; write"
                        + " {{rights.responseTime}} or one of: {{rights.responseTime:compound}}",
                "t/de.yaml:10:3: units.intro: duplicate unit, also written at line 7:3; keep one of the two"),
                problems("t/de.yaml", text));
    }

    @Test
    void refuses_an_empty_file_units_that_are_no_mapping_and_unknown_keys() {
        assertEquals(List.of("t/de.yaml:1:1: the file is empty; write locale: de, language: (its name in the language)"
                + " and units:"), problems("t/de.yaml", "# noch leer\n"));
        assertEquals(List.of(
                "t/de.yaml:3:8: units: expected a mapping of unit keys to translations, found a list; write each unit"
                        + " as its key (e.g. summary.text:) with source: and text: indented below it, or units: {} for"
                        + " none yet",
                "t/de.yaml:4:1: direction: unknown key 'direction'; write one of the known keys here: locale,"
                        + " language, units"),
                problems("t/de.yaml", "locale: de\nlanguage: Deutsch\nunits: [a]\ndirection: ltr\n"));
        assertEquals(List.of("t/de.yaml:1:1: missing key 'language'; add language: to this file"),
                problems("t/de.yaml", "locale: de\n" + UNIT));
    }

    @Test
    void refuses_a_tag_as_yaml_would_read_it_and_java_types() {
        assertEquals(List.of("t/de.yaml:1:9: the tag !!java.lang.Object is not allowed; remove it, a policy is written"
                + " with plain text, numbers, lists and mappings"),
                problems("t/de.yaml", "locale: !!java.lang.Object de\nlanguage: Deutsch\n" + UNIT));
    }
}
