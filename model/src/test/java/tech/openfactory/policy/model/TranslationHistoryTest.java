package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.translation.Translation;
import tech.openfactory.policy.translation.Translations;

/** A release freezes each translation with its version; the history refuses a frozen translation rewritten. */
class TranslationHistoryTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 8);
    private static final String SUMMARY = "OpenFactory collects the minimum data needed to run the service, protect the"
            + " platform, and deliver your operating systems. We do not sell data, we do not share it for advertising,"
            + " and we do not use your builds or conversations to train models.";
    private static final String INTRO = "This policy explains what {{controller}} collects, why we collect it, how long"
            + " we keep it, and what control you retain over that information across {{contact.website}} and related"
            + " services.";

    @TempDir
    Path privacy;

    private void translate(String tag, String language, String unit, String english, String text) throws IOException {
        Files.createDirectories(privacy.resolve("translations"));
        Files.writeString(privacy.resolve("translations/" + tag + ".yaml"), "locale: " + tag + "\nlanguage: "
                + language + "\nunits:\n  " + unit + ":\n    source: " + Translations.sourceHash(english)
                + "\n    text: >-\n      " + text + "\n");
    }

    private void translateGerman() throws IOException {
        translate("de", "Deutsch", "summary.text", SUMMARY, "OpenFactory erhebt nur die nötigsten Daten.");
    }

    private PublishedVersion release(ChangeKind kind, LocalDate day) throws Exception {
        return Release.builder().kind(kind).summary("A release.").date(day).build().publish(privacy);
    }

    private List<String> problems() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> new HistoryLoader(PolicyLoader.builder().build()).load(privacy));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private Path lock() {
        return privacy.resolve("versions/versions.lock");
    }

    @Test
    void a_release_freezes_each_translation_with_its_version_and_records_it_in_the_lock() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translateGerman();
        translate("fr-CA", "français", "intro", INTRO, "Cette politique explique ce que {{controller}} recueille sur"
                + " {{contact.website}}.");
        PublishedVersion released = release(ChangeKind.INITIAL, FIRST);

        Path de = privacy.resolve("versions/2026-04-08/de.yaml");
        Path fr = privacy.resolve("versions/2026-04-08/fr-CA.yaml");
        assertArrayEquals(Files.readAllBytes(privacy.resolve("translations/de.yaml")), Files.readAllBytes(de));
        assertArrayEquals(Files.readAllBytes(privacy.resolve("translations/fr-CA.yaml")), Files.readAllBytes(fr));
        String version = Checksum.sha256(Files.readAllBytes(privacy.resolve("versions/2026-04-08.yaml")));
        assertEquals("""
                # Published versions of the privacy policy, oldest first, with the SHA-256 of each file.
                # Written by `policy release`. Never edit by hand: a published version is frozen; publish a new one.
                versions:
                  - file: 2026-04-08.yaml
                    sha256: %s
                    kind: initial
                    released: 2026-04-08
                    summary: "A release."
                    translations:
                      - file: 2026-04-08/de.yaml
                        sha256: %s
                      - file: 2026-04-08/fr-CA.yaml
                        sha256: %s
                """.formatted(version, Checksum.sha256(Files.readAllBytes(de)), Checksum.sha256(Files.readAllBytes(fr))),
                Files.readString(lock()));

        assertEquals(List.of(de.toString(), fr.toString()), released.translations().stream().map(Translation::file)
                .toList());
        PublishedVersion loaded = new HistoryLoader(PolicyLoader.builder().build()).load(privacy).versions().get(0);
        assertEquals(List.of("de", "fr-CA"), loaded.translations().stream().map(Translation::tag).toList());
        assertEquals(released.translations(), loaded.translations());
        assertEquals("OpenFactory erhebt nur die nötigsten Daten.",
                loaded.translation("de").orElseThrow().unit("summary.text").orElseThrow().text());
    }

    @Test
    void a_version_released_before_translations_keeps_its_lock_entry_and_the_next_one_freezes_them() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        release(ChangeKind.INITIAL, FIRST);
        String before = Files.readString(lock());
        assertFalse(before.contains("translations"));

        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid()
                .replace("lastUpdated: 2026-04-08", "lastUpdated: 2026-06-01")
                .replace("We keep the scope narrow", "We keep the scope small").text());
        translateGerman();
        release(ChangeKind.EDITORIAL, LocalDate.of(2026, 6, 1));
        String after = Files.readString(lock());
        String de = Checksum.sha256(Files.readAllBytes(privacy.resolve("versions/2026-06-01/de.yaml")));
        String second = Checksum.sha256(Files.readAllBytes(privacy.resolve("versions/2026-06-01.yaml")));
        assertEquals(before + """
                  - file: 2026-06-01.yaml
                    sha256: %s
                    kind: editorial
                    released: 2026-06-01
                    summary: "A release."
                    translations:
                      - file: 2026-06-01/de.yaml
                        sha256: %s
                """.formatted(second, de), after);
        PolicyHistory history = new HistoryLoader(PolicyLoader.builder().build()).load(privacy);
        assertEquals(List.of(), history.versions().get(0).translations());
        assertEquals(1, history.versions().get(1).translations().size());
        assertFalse(Files.exists(privacy.resolve("versions/2026-04-08")));
    }

    @Test
    void tampering_with_a_frozen_translation_is_caught_where_it_is() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translateGerman();
        release(ChangeKind.INITIAL, FIRST);
        Path frozen = privacy.resolve("versions/2026-04-08/de.yaml");
        String recorded = Checksum.sha256(Files.readAllBytes(frozen));
        Files.writeString(frozen, Files.readString(frozen).replace("nötigsten", "wichtigsten"));
        String now = Checksum.sha256(Files.readAllBytes(frozen));
        assertEquals(List.of(frozen + ":1:1: this frozen translation was changed (its SHA-256 is " + now
                + ", versions.lock records " + recorded + "); a translation released with version 2026-04-08 is"
                + " frozen: restore it with git checkout, and change translations/de.yaml for the next version"
                + " instead"), problems());
    }

    @Test
    void a_deleted_frozen_translation_is_reported_at_its_lock_entry() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translateGerman();
        release(ChangeKind.INITIAL, FIRST);
        Path frozen = privacy.resolve("versions/2026-04-08/de.yaml");
        Files.delete(frozen);
        assertEquals(List.of(lock() + ":10:9: versions[0].translations[0].file: frozen translation 2026-04-08/de.yaml"
                + " is missing; a translation released with a version is never deleted: restore it with git checkout"
                + " -- " + frozen), problems());
    }

    @Test
    void a_frozen_translation_release_did_not_write_is_refused() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translateGerman();
        release(ChangeKind.INITIAL, FIRST);
        Path stray = privacy.resolve("versions/2026-04-08/fr.yaml");
        Files.writeString(stray, "locale: fr\nlanguage: français\nunits: {}\n");
        Path strayFolder = privacy.resolve("versions/2025-01-01/de.yaml");
        Files.createDirectories(strayFolder.getParent());
        Files.copy(privacy.resolve("translations/de.yaml"), strayFolder);
        assertEquals(List.of(
                strayFolder + ":1:1: not in versions.lock; translations are frozen only by `policy release`, with the"
                        + " version they translate: delete this file, and edit translations/de.yaml for the next version",
                stray + ":1:1: not in versions.lock; translations are frozen only by `policy release`, with the"
                        + " version they translate: delete this file, and edit translations/fr.yaml for the next"
                        + " version"), problems());
    }

    @Test
    void a_lock_naming_a_translation_of_another_version_is_refused() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translateGerman();
        release(ChangeKind.INITIAL, FIRST);
        Files.writeString(lock(), Files.readString(lock()).replace("- file: 2026-04-08/de.yaml", "- file: de.yaml"));
        assertEquals(List.of(
                privacy.resolve("versions/2026-04-08/de.yaml") + ":1:1: not in versions.lock; translations are frozen"
                        + " only by `policy release`, with the version they translate: delete this file, and edit"
                        + " translations/de.yaml for the next version",
                lock() + ":10:9: versions[0].translations[0].file: 'de.yaml' is not a translation frozen with"
                        + " 2026-04-08.yaml; those are named 2026-04-08/<locale>.yaml, e.g. 2026-04-08/de.yaml; restore"
                        + " versions.lock with git checkout"), problems());
    }

    @Test
    void a_release_refuses_a_translation_whose_placeholders_differ_and_writes_nothing() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translate("de", "Deutsch", "intro", INTRO, "Diese Erklärung erläutert, was OpenFactory Inc. auf"
                + " {{contact.website}} erhebt.");
        PolicyException e = assertThrows(PolicyException.class, () -> release(ChangeKind.INITIAL, FIRST));
        assertEquals(List.of(privacy.resolve("translations/de.yaml") + ":4:3: de: unit 'intro' does not use the"
                + " placeholders of its English text: it lacks {{controller}}; use exactly {{contact.website}},"
                + " {{controller}}, as the English text does (facts come in through placeholders, never translated by"
                + " hand)"), e.problems().stream().map(Problem::toString).toList());
        assertFalse(Files.exists(privacy.resolve("versions")));
    }

    @Test
    void a_release_refuses_a_malformed_translation_and_publishes_stale_and_missing_units_as_they_are() throws Exception {
        Files.writeString(privacy.resolve("policy.yaml"), PolicyFile.valid().text());
        translate("de", "Deutsch", "summary.txt", SUMMARY, "OpenFactory erhebt nur die nötigsten Daten.");
        PolicyException e = assertThrows(PolicyException.class, () -> release(ChangeKind.INITIAL, FIRST));
        assertEquals(List.of(privacy.resolve("translations/de.yaml") + ":4:3: units.summary.txt: unknown unit"
                + " 'summary.txt'; did you mean 'summary.text'? A unit is the key of a passage of the policy, e.g."
                + " summary.text or collection.categories.<id>.description (the README lists them all)"),
                e.problems().stream().map(Problem::toString).toList());
        assertFalse(Files.exists(privacy.resolve("versions")));

        translate("de", "Deutsch", "summary.text", "an older English summary", "Eine ältere Übersetzung.");
        assertEquals(1, release(ChangeKind.INITIAL, FIRST).translations().size());
    }
}
