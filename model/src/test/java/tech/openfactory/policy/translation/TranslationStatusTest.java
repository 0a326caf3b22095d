package tech.openfactory.policy.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.model.HistoryLoader;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyHistory;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.model.PublishedVersion;

/** Where each translation stands against the English policy, unit by unit, and what the translated page shows. */
class TranslationStatusTest {
    /** The SHA-256 of "We never sell personal data.", the living policy's reworded promise. */
    private static final String NEVER_SELL = "dab916b1085b8904bf0e90ab61beecbe311af961d514893061a1ad740ce39b08";

    @TempDir
    Path dir;

    private static Policy living(Path privacy) throws PolicyException {
        return PolicyLoader.builder().build().load(privacy.resolve("policy.yaml"));
    }

    private static List<TranslationStatus> statuses(Path privacy) throws PolicyException {
        Policy policy = living(privacy);
        return new TranslationLoader().loadAll(privacy.resolve("translations")).stream()
                .map(t -> TranslationStatus.of(policy, t)).toList();
    }

    /** Every unit's state, as "de summary.text". */
    private static Map<String, UnitState> states(Path privacy) throws PolicyException {
        Map<String, UnitState> states = new TreeMap<>();
        for (TranslationStatus status : statuses(privacy)) {
            status.units().forEach(u -> states.put(status.translation().tag() + " " + u.key(), u.state()));
        }
        return states;
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void the_example_german_translation_is_current_but_for_the_reworded_promise_and_arabic_has_one_unit()
            throws Exception {
        List<TranslationStatus> statuses = statuses(Example.PRIVACY);
        TranslationStatus ar = statuses.get(0);
        TranslationStatus de = statuses.get(1);
        assertEquals(List.of(1, 85, 84, 0, 0, 0), List.of(ar.translated(), ar.total(), ar.count(UnitState.MISSING),
                ar.count(UnitState.STALE), ar.count(UnitState.PLACEHOLDER_MISMATCH), ar.count(UnitState.ORPHANED)));
        assertEquals(List.of(84, 85, 0, 1, 0, 0), List.of(de.translated(), de.total(), de.count(UnitState.MISSING),
                de.count(UnitState.STALE), de.count(UnitState.PLACEHOLDER_MISMATCH), de.count(UnitState.ORPHANED)));
        assertEquals(List.of(), lines(ar.problems()));
        assertEquals(List.of(Example.PRIVACY.resolve("translations/de.yaml") + ":119:3: de: unit"
                + " 'restrictions.commitments.no-sale' is stale: the English text changed since it was translated;"
                + " translate it again and set source: " + NEVER_SELL), lines(de.problems()));
        assertFalse(de.hasErrors());
        assertEquals(Example.PRIVACY.resolve("translations/ar.yaml") + ":7:1: ar: unit 'title' is not translated (the"
                + " page shows it in English); add it under units: with source: "
                + Translations.sourceHash("Privacy Policy"), ar.missing().get(0).toString());
    }

    @Test
    void the_translations_frozen_with_a_version_are_complete_against_it() throws Exception {
        PolicyHistory history = new HistoryLoader(PolicyLoader.builder().build()).load(Example.PRIVACY);
        PublishedVersion version = history.versions().get(4);
        assertEquals("2025-11-03", version.id());
        assertEquals(List.of("ar", "de"), version.translations().stream().map(Translation::tag).toList());
        TranslationStatus de = TranslationStatus.of(version.policy(), version.translation("de").orElseThrow());
        assertEquals(83, de.translated());
        assertEquals(83, de.total());
        assertEquals(List.of(), de.problems());
        assertEquals(Example.PRIVACY.resolve("versions/2025-11-03/de.yaml").toString(), de.translation().file());
        history.versions().subList(0, 4).forEach(v -> assertEquals(List.of(), v.translations()));
        // The living translation still matches the English of the latest version: only its promise was reworded.
        Translation living = new TranslationLoader().load(Example.PRIVACY.resolve("translations/de.yaml"));
        assertEquals("2025-11-03", Translations.matchedVersion(history.versions(), living).orElseThrow().id());
    }

    @Test
    void editing_one_english_unit_makes_exactly_that_unit_stale_in_every_locale() throws Exception {
        Path privacy = Example.copy(dir);
        Map<String, UnitState> before = states(privacy);
        Example.edit(privacy.resolve("policy.yaml"), "OpenFactory collects only the minimum data",
                "OpenFactory collects only the data");
        Map<String, UnitState> after = states(privacy);
        Map<String, String> changed = new LinkedHashMap<>();
        before.forEach((unit, state) -> {
            if (after.get(unit) != state) {
                changed.put(unit, state + " -> " + after.get(unit));
            }
        });
        assertEquals(before.keySet(), after.keySet());
        assertEquals(Map.of("ar summary.text", "CURRENT -> STALE", "de summary.text", "CURRENT -> STALE"), changed);
        String sha = Translations.sourceHash("OpenFactory collects only the data needed to run the service, protect"
                + " the platform, and deliver your operating systems. We do not sell data, we do not share it for"
                + " advertising, and we do not use your builds or conversations to train models.");
        List<TranslationStatus> statuses = statuses(privacy);
        assertEquals(List.of(privacy.resolve("translations/ar.yaml") + ":8:3: ar: unit 'summary.text' is stale: the"
                + " English text changed since it was translated; translate it again and set source: " + sha),
                lines(statuses.get(0).problems()));
        assertEquals(privacy.resolve("translations/de.yaml") + ":16:3: de: unit 'summary.text' is stale: the English"
                + " text changed since it was translated; translate it again and set source: " + sha,
                lines(statuses.get(1).problems()).get(0));
    }

    @Test
    void a_fact_changed_in_english_makes_no_unit_stale() throws Exception {
        Path privacy = Example.copy(dir);
        Map<String, UnitState> before = states(privacy);
        Path policy = privacy.resolve("policy.yaml");
        Example.edit(policy, "responseTime: 45 days", "responseTime: 60 days");
        Example.edit(policy, "minimumAge: 16", "minimumAge: 18");
        Example.edit(policy, "email: privacy@openfactory.tech", "email: datenschutz@openfactory.tech");
        assertEquals(before, states(privacy));
        // The German text shows the new facts through its placeholders; the page fills them.
        TranslatedPage page = statuses(privacy).get(1).page(StalePolicy.DEFAULT);
        assertEquals("Anfragen zum Datenschutz beantworten wir über {{contact.email}} und erledigen sie in der Regel"
                + " deutlich vor Ablauf der {{rights.responseTime:compound}}-Frist.",
                page.unit("rights.requests").orElseThrow().text());
        assertEquals(60, living(privacy).rights().responseTime().amount());
    }

    @Test
    void reports_a_placeholder_mismatch_at_the_units_line() throws Exception {
        Path privacy = Example.copy(dir);
        // A translator wrote the fact by hand instead of its placeholder, and added one the English lacks.
        Example.edit(privacy.resolve("translations/de.yaml"), "Ablauf der {{rights.responseTime:compound}}-Frist.",
                "Ablauf der 45-Tage-Frist auf {{contact.website}}.");
        TranslationStatus de = statuses(privacy).get(1);
        assertEquals(UnitState.PLACEHOLDER_MISMATCH, de.units().stream()
                .filter(u -> u.key().equals("rights.requests")).findFirst().orElseThrow().state());
        String line = privacy.resolve("translations/de.yaml") + ":242:3: de: unit 'rights.requests' does not use the"
                + " placeholders of its English text: it lacks {{rights.responseTime:compound}} and adds"
                + " {{contact.website}}; use exactly {{contact.email}}, {{rights.responseTime:compound}}, as the English"
                + " text does (facts come in through placeholders, never translated by hand)";
        assertEquals(List.of(line), lines(de.errors()));
        assertTrue(lines(de.problems()).contains(line));
        assertTrue(de.hasErrors());
        assertEquals(83, de.translated());
        // The page never shows it: the English text is shown instead.
        ShownUnit shown = de.page(StalePolicy.ENGLISH_WITH_NOTE).unit("rights.requests").orElseThrow();
        assertTrue(shown.inEnglish());
        assertEquals(UnitState.PLACEHOLDER_MISMATCH, shown.state());
    }

    @Test
    void placeholders_may_move_and_repeat_but_not_change_form() throws Exception {
        Path privacy = Example.copy(dir);
        Path de = privacy.resolve("translations/de.yaml");
        Example.edit(de, "Anfragen zum Datenschutz beantworten wir über {{contact.email}} und erledigen sie in der Regel"
                + " deutlich vor\n      Ablauf der {{rights.responseTime:compound}}-Frist.", "Innerhalb der"
                + " {{ rights.responseTime:compound }}-Frist beantworten wir Anfragen über {{contact.email}}"
                + " ({{contact.email}}).");
        assertEquals(UnitState.CURRENT, states(privacy).get("de rights.requests"));
        assertEquals(84, statuses(privacy).get(1).translated());
        Example.edit(de, "Innerhalb der {{ rights.responseTime:compound }}-Frist", "Innerhalb von {{rights.responseTime}}");
        assertEquals(UnitState.PLACEHOLDER_MISMATCH, states(privacy).get("de rights.requests"));
    }

    @Test
    void reports_an_orphaned_unit_and_the_unit_a_mistyped_id_meant() throws Exception {
        Path privacy = Example.copy(dir);
        Path de = privacy.resolve("translations/de.yaml");
        String sha = "0".repeat(64);
        Example.edit(de, "  summary.title:\n", "  restrictions.commitments.no-ad-profiling:\n    source: " + sha
                + "\n    text: Wir erstellen keine Werbeprofile.\n  collection.categories.acount.name:\n    source: " + sha
                + "\n    text: Kontodaten\n  summary.title:\n");
        TranslationStatus status = statuses(privacy).get(1);
        assertEquals(2, status.count(UnitState.ORPHANED));
        assertEquals(85, status.total());
        assertEquals(List.of(
                de + ":13:3: de: unit 'restrictions.commitments.no-ad-profiling' is orphaned: the English policy has"
                        + " no such unit (any more); delete it",
                de + ":16:3: de: unit 'collection.categories.acount.name' is orphaned: the English policy has no such"
                        + " unit (any more); did you mean 'collection.categories.account.name'? Otherwise delete it"),
                lines(status.problems()).subList(0, 2));
        assertFalse(status.hasErrors());
    }

    @Test
    void the_page_shows_current_units_translated_and_the_others_in_english() throws Exception {
        List<TranslationStatus> statuses = statuses(Example.PRIVACY);
        TranslatedPage de = statuses.get(1).page(StalePolicy.DEFAULT);
        assertEquals(85, de.units().size());
        assertEquals("Datenschutzerklärung", de.unit("title").orElseThrow().text());
        assertFalse(de.unit("title").orElseThrow().inEnglish());
        ShownUnit promise = de.byKey().get("restrictions.commitments.no-sale");
        assertEquals("We never sell personal data.", promise.text());
        assertTrue(promise.inEnglish());
        assertTrue(promise.stale());
        assertEquals(List.of("restrictions.commitments.no-sale"), de.inEnglish().stream().map(ShownUnit::key).toList());
        assertEquals(de.inEnglish(), de.stale());

        TranslatedPage ar = statuses.get(0).page(StalePolicy.DEFAULT);
        assertEquals("rtl", ar.translation().direction());
        assertTrue(ar.unit("summary.text").orElseThrow().text().startsWith("تجمع OpenFactory"));
        assertEquals("Privacy Policy", ar.unit("title").orElseThrow().text());
        assertEquals(UnitState.MISSING, ar.unit("title").orElseThrow().state());
        assertEquals(84, ar.inEnglish().size());
        assertEquals(List.of(), ar.stale());
    }

    @Test
    void the_refuse_policy_refuses_a_page_with_a_stale_unit_but_not_one_with_missing_units() throws Exception {
        List<TranslationStatus> statuses = statuses(Example.PRIVACY);
        PolicyException e = assertThrows(PolicyException.class, () -> statuses.get(1).page(StalePolicy.REFUSE));
        assertEquals(List.of(Example.PRIVACY.resolve("translations/de.yaml") + ":119:3: de: unit"
                + " 'restrictions.commitments.no-sale' is stale: the English text changed since it was translated, and"
                + " stale translations are refused; translate it again and set source: " + NEVER_SELL),
                lines(e.problems()));
        assertEquals(84, statuses.get(0).page(StalePolicy.REFUSE).inEnglish().size());
        assertEquals(StalePolicy.ENGLISH_WITH_NOTE, StalePolicy.DEFAULT);
    }

    @Test
    void a_unit_records_the_sha256_of_the_english_markdown_with_placeholders_unfilled() throws Exception {
        Policy policy = living(Example.PRIVACY);
        Translation de = new TranslationLoader().load(Example.PRIVACY.resolve("translations/de.yaml"));
        UnitStatus requests = TranslationStatus.of(policy, de).units().stream()
                .filter(u -> u.key().equals("rights.requests")).findFirst().orElseThrow();
        assertEquals(Translations.sourceHash("We respond to privacy requests through {{contact.email}} and normally"
                + " complete them well before the {{rights.responseTime:compound}} mark."), requests.englishSource());
        assertEquals(requests.englishSource(), requests.translation().source());
        assertEquals(java.util.Set.of("{{contact.email}}", "{{rights.responseTime:compound}}"),
                requests.englishPlaceholders());
        assertTrue(Files.exists(Example.PRIVACY.resolve("translations/ar.yaml")));
    }
}
