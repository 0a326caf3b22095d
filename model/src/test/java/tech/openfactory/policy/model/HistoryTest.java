package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published versions are frozen: history loads as released, and any rewrite of it is refused by name. */
class HistoryTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 8);

    @TempDir
    Path privacy;

    private Path living() {
        return privacy.resolve("policy.yaml");
    }

    private void write(PolicyFile file) throws IOException {
        Files.writeString(living(), file.text());
    }

    private List<String> problems() {
        PolicyException e = assertThrows(PolicyException.class, () -> new HistoryLoader(PolicyLoader.builder().build()).load(privacy));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private PublishedVersion release(ChangeKind kind, String summary, String reason, LocalDate day) throws Exception {
        return Release.builder().kind(kind).summary(summary).reason(reason).date(day).build().publish(privacy);
    }

    private List<String> refusedRelease(ChangeKind kind, String reason, LocalDate day) {
        PolicyException e = assertThrows(PolicyException.class, () -> release(kind, "A change", reason, day));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @BeforeEach
    void publishTheFirstVersion() throws Exception {
        write(PolicyFile.valid());
        release(ChangeKind.INITIAL, "First published version.", null, FIRST);
    }

    /** The fixture with new dates and a notice period, as legal would edit it before a release. */
    private static PolicyFile next(String lastUpdated, String effective) {
        return PolicyFile.valid().replace("lastUpdated: 2026-04-08", "lastUpdated: " + lastUpdated)
                .replace("effective: 2026-03-10", "effective: " + effective)
                .replace("      account holders in advance.\n", "      account holders in advance.\n    noticePeriod: 30 days\n");
    }

    @Test
    void freezes_the_living_file_byte_for_byte_with_its_checksum_in_the_lock() throws Exception {
        Path version = privacy.resolve("versions/2026-04-08.yaml");
        assertEquals(Files.readString(living()), Files.readString(version));
        PolicyHistory history = new HistoryLoader(PolicyLoader.builder().build()).load(privacy);
        PublishedVersion first = history.versions().get(0);
        assertEquals(ChangeKind.INITIAL, first.kind());
        assertEquals(Checksum.sha256(Files.readAllBytes(version)), first.sha256());
        assertEquals("""
                # Published versions of the privacy policy, oldest first, with the SHA-256 of each file.
                # Written by `policy release`. Never edit by hand: a published version is frozen; publish a new one.
                versions:
                  - file: 2026-04-08.yaml
                    sha256: %s
                    kind: initial
                    released: 2026-04-08
                    summary: "First published version."
                """.formatted(first.sha256()), Files.readString(privacy.resolve("versions/versions.lock")));
    }

    @Test
    void refuses_an_edited_published_version_and_says_to_publish_a_new_one() throws Exception {
        Path version = privacy.resolve("versions/2026-04-08.yaml");
        String original = Checksum.sha256(Files.readAllBytes(version));
        Files.writeString(version, Files.readString(version).replace("We do not sell personal data.", "We rarely sell personal data."));
        String now = Checksum.sha256(Files.readAllBytes(version));
        assertEquals(List.of(version + ":1:1: this published version was changed (its SHA-256 is " + now
                + ", versions.lock records " + original + "); a published version is frozen: restore it with git"
                + " checkout and publish the change as a new version with `policy release`"), problems());
    }

    @Test
    void refuses_a_deleted_published_version() throws Exception {
        Path version = privacy.resolve("versions/2026-04-08.yaml");
        Files.delete(version);
        assertEquals(List.of(privacy.resolve("versions/versions.lock") + ":4:5: versions[0].file: published version"
                + " 2026-04-08.yaml is missing; published versions are never deleted: restore it with git checkout -- "
                + version), problems());
    }

    @Test
    void refuses_reordered_versions() throws Exception {
        write(next("2026-06-01", "2026-03-10"));
        release(ChangeKind.EDITORIAL, "Wording.", null, LocalDate.of(2026, 6, 1));
        Path lock = privacy.resolve("versions/versions.lock");
        String text = Files.readString(lock);
        int second = text.indexOf("  - file: 2026-06-01.yaml");
        String first = text.substring(text.indexOf("  - file: 2026-04-08.yaml"), second);
        Files.writeString(lock, text.substring(0, text.indexOf(first)) + text.substring(second) + first);
        List<String> problems = problems();
        String expected = lock + ":9:5: versions[1]: 2026-04-08.yaml is listed after 2026-06-01.yaml; versions are"
                + " listed oldest first and never reordered; restore versions.lock with git checkout";
        org.junit.jupiter.api.Assertions.assertTrue(problems.contains(expected), String.join("\n", problems));
    }

    @Test
    void refuses_a_version_file_that_release_did_not_write() throws Exception {
        Path stray = privacy.resolve("versions/2026-05-01.yaml");
        Files.copy(living(), stray);
        assertEquals(List.of(stray + ":1:1: not in versions.lock; versions are published only by `policy release`:"
                + " delete this file, or edit policy.yaml and release it"), problems());
    }

    @Test
    void refuses_a_material_release_with_too_short_a_notice_and_names_the_earliest_date() throws Exception {
        PolicyFile file = next("2026-06-01", "2026-06-15").replace("{ id: roles, label: roles }",
                "{ id: roles, label: roles }\n        - { id: billing, label: billing address }")
                .replace("organization membership, roles,", "organization membership, roles, billing address,");
        write(file);
        assertEquals(List.of(living() + ":9:12: effective: a material change released on 2026-06-01 takes effect"
                + " after the notice period of 30 days; write effective: 2026-07-01 or later"),
                refusedRelease(ChangeKind.MATERIAL, null, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void publishes_a_material_release_that_respects_the_notice() throws Exception {
        write(next("2026-06-01", "2026-07-01").replace("{ id: roles, label: roles }",
                "{ id: roles, label: roles }\n        - { id: billing, label: billing address }")
                .replace("organization membership, roles,", "organization membership, roles, billing address,"));
        PublishedVersion v = release(ChangeKind.MATERIAL, "Billing addresses.", null, LocalDate.of(2026, 6, 1));
        assertEquals("2026-06-01", v.id());
        PolicyHistory history = new HistoryLoader(PolicyLoader.builder().build()).load(privacy);
        assertEquals("2026-04-08", history.inForce(LocalDate.of(2026, 6, 20)).orElseThrow().id());
        assertEquals("2026-06-01", history.upcoming(LocalDate.of(2026, 6, 20)).orElseThrow().id());
        assertEquals("2026-06-01", history.inForce(LocalDate.of(2026, 7, 1)).orElseThrow().id());
    }

    @Test
    void refuses_to_call_a_material_change_editorial_without_a_reason() throws Exception {
        write(next("2026-06-01", "2026-03-10").replace("      required: false", "      required: true"));
        assertEquals(List.of(living() + ":1:1: declared editorial, but these changes are material: changed cookie"
                + " 'Analytics cookies' (required); release with --kind material, or give --reason to say why readers"
                + " need no notice (the reason is shown in the changelog)"),
                refusedRelease(ChangeKind.EDITORIAL, null, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void records_the_reason_when_a_material_change_is_published_as_editorial() throws Exception {
        write(next("2026-06-01", "2026-03-10").replace("      required: false", "      required: true"));
        PublishedVersion v = release(ChangeKind.EDITORIAL, "Analytics are now part of the service.",
                "Corrects the table: the cookie was always set.", LocalDate.of(2026, 6, 1));
        assertEquals("Corrects the table: the cookie was always set.", new HistoryLoader(PolicyLoader.builder().build())
                .load(privacy).versions().get(1).reason());
        assertEquals(ChangeKind.EDITORIAL, v.kind());
    }

    @Test
    void an_editorial_release_keeps_the_effective_date() throws Exception {
        write(next("2026-06-01", "2026-05-01").replace("We do not sell personal data.", "We never sell personal data."));
        assertEquals(List.of(living() + ":9:12: effective: an editorial change keeps the effective date of the"
                + " version before; write effective: 2026-03-10, or release with --kind material"),
                refusedRelease(ChangeKind.EDITORIAL, null, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void the_last_updated_date_must_move_forward() throws Exception {
        write(PolicyFile.valid().replace("We do not sell personal data.", "We never sell personal data."));
        assertEquals(List.of(living() + ":10:14: lastUpdated: must be after 2026-04-08, the last-updated date of the"
                + " latest version; write lastUpdated: 2026-06-01"),
                refusedRelease(ChangeKind.EDITORIAL, null, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void there_is_nothing_to_release_when_nothing_changed() {
        assertEquals(List.of(living() + ":1:1: nothing to release: the policy says exactly what version 2026-04-08"
                + " says; edit it first"), refusedRelease(ChangeKind.EDITORIAL, null, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void without_history_last_updated_may_not_precede_the_effective_date(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("policy.yaml"), PolicyFile.valid().replace("lastUpdated: 2026-04-08",
                "lastUpdated: 2026-03-01").text());
        PolicyException e = assertThrows(PolicyException.class, () -> new HistoryLoader(PolicyLoader.builder().build()).load(other));
        assertEquals(other.resolve("policy.yaml") + ":10:14: lastUpdated: is before the effective date, which only a"
                + " material change announced in advance may do; write a lastUpdated on or after effective",
                e.problems().get(0).toString());
    }
    // Dates only move forward: across the published versions, and from the latest one to the living policy.

    @Test
    void the_living_last_updated_date_may_not_move_back_before_the_latest_version() throws Exception {
        write(PolicyFile.valid().replace("lastUpdated: 2026-04-08", "lastUpdated: 2020-01-01"));
        assertEquals(List.of(living() + ":10:14: lastUpdated: is before 2026-04-08, the last-updated date of the latest"
                + " published version; dates only move forward: write lastUpdated: 2026-04-08 or later"), problems());
    }

    @Test
    void the_living_effective_date_may_not_move_back_before_the_latest_version() throws Exception {
        write(PolicyFile.valid().replace("effective: 2026-03-10", "effective: 2026-01-01"));
        assertEquals(List.of(living() + ":9:12: effective: is before 2026-03-10, the effective date of the latest"
                + " published version; effective dates never go back: write effective: 2026-03-10 or later"), problems());
    }

    @Test
    void the_living_policy_may_keep_the_dates_of_the_latest_version_until_it_is_released() throws Exception {
        write(PolicyFile.valid().replace("We do not sell personal data.", "We never sell personal data."));
        assertEquals(FIRST, new HistoryLoader(PolicyLoader.builder().build()).load(privacy).living().lastUpdated());
    }

    @Test
    void refuses_a_lock_that_says_a_version_was_released_before_its_last_update() throws Exception {
        Path lock = privacy.resolve("versions/versions.lock");
        Files.writeString(lock, Files.readString(lock).replace("released: 2026-04-08", "released: 2026-04-01"));
        assertEquals(List.of(lock + ":7:5: versions[0].released: 2026-04-01 is before the version's lastUpdated"
                + " (2026-04-08); a version is released on or after its last update, so restore versions.lock with git"
                + " checkout"), problems());
    }

    @Test
    void refuses_a_lock_whose_release_dates_go_back() throws Exception {
        write(next("2026-06-01", "2026-03-10").replace("We do not sell personal data.", "We never sell personal data."));
        release(ChangeKind.EDITORIAL, "Wording.", null, LocalDate.of(2026, 6, 1));
        Path lock = privacy.resolve("versions/versions.lock");
        Files.writeString(lock, Files.readString(lock).replace("released: 2026-04-08", "released: 2026-07-01"));
        assertEquals(List.of(lock + ":12:5: versions[1].released: 2026-06-01 is before 2026-07-01, when the version"
                + " before was released; versions are released in order, so restore versions.lock with git checkout"),
                problems());
    }

    @Test
    void the_initial_release_may_not_precede_the_last_update(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("policy.yaml"), PolicyFile.valid().text());
        PolicyException e = assertThrows(PolicyException.class, () -> Release.builder().kind(ChangeKind.INITIAL)
                .summary("First.").date(LocalDate.of(2026, 4, 1)).build().publish(other));
        assertEquals(List.of(other.resolve("policy.yaml") + ":10:14: lastUpdated: 2026-04-08 is after the release date"
                + " 2026-04-01; write lastUpdated: 2026-04-01"), e.problems().stream().map(Problem::toString).toList());
        assertEquals(false, Files.exists(other.resolve("versions")), "nothing may be written");
    }

    @Test
    void a_release_may_not_be_dated_before_the_latest_release(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("policy.yaml"), PolicyFile.valid().text());
        Release.builder().kind(ChangeKind.INITIAL).summary("First.").date(LocalDate.of(2026, 5, 1)).build().publish(other);
        Files.writeString(other.resolve("policy.yaml"), next("2026-04-20", "2026-03-10")
                .replace("We do not sell personal data.", "We never sell personal data.").text());
        PolicyException e = assertThrows(PolicyException.class, () -> Release.builder().kind(ChangeKind.EDITORIAL)
                .summary("Wording.").date(LocalDate.of(2026, 4, 20)).build().publish(other));
        assertEquals(List.of(other.resolve("policy.yaml") + ":1:1: the release date 2026-04-20 is before 2026-05-01, when"
                + " the latest version 2026-04-08 was released; versions are released in order: release with --date"
                + " 2026-05-01 or later"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void a_version_file_named_for_another_date_is_reported_at_its_last_updated_date() throws Exception {
        Path lock = privacy.resolve("versions/versions.lock");
        Files.move(privacy.resolve("versions/2026-04-08.yaml"), privacy.resolve("versions/2026-04-09.yaml"));
        Files.writeString(lock, Files.readString(lock).replace("file: 2026-04-08.yaml", "file: 2026-04-09.yaml")
                .replace("released: 2026-04-08", "released: 2026-04-09"));
        assertEquals(List.of(privacy.resolve("versions/2026-04-09.yaml") + ":10:14: lastUpdated: the file is named"
                + " 2026-04-09.yaml but its lastUpdated is 2026-04-08; a published version is frozen: restore it with"
                + " git checkout and publish the change as a new version with `policy release`"), problems());
    }

    @Test
    void a_version_taking_effect_before_the_one_it_follows_is_reported_at_its_effective_date() throws Exception {
        write(next("2026-06-01", "2026-03-10").replace("We do not sell personal data.", "We never sell personal data."));
        release(ChangeKind.EDITORIAL, "Wording.", null, LocalDate.of(2026, 6, 1));
        // Rewrite the second version with an earlier effective date and a lock that agrees with the bytes.
        Path version = privacy.resolve("versions/2026-06-01.yaml");
        Path lock = privacy.resolve("versions/versions.lock");
        String before = Checksum.sha256(Files.readAllBytes(version));
        Files.writeString(version, Files.readString(version).replace("effective: 2026-03-10", "effective: 2026-03-01"));
        Files.writeString(lock, Files.readString(lock).replace(before, Checksum.sha256(Files.readAllBytes(version))));
        write(next("2026-06-01", "2026-03-10").replace("We do not sell personal data.", "We never sell personal data."));
        assertEquals(List.of(version + ":9:12: effective: takes effect 2026-03-01, before the version it follows"
                + " (2026-03-10); a published version is frozen: restore it with git checkout and publish the change as"
                + " a new version with `policy release`"), problems());
    }
}
