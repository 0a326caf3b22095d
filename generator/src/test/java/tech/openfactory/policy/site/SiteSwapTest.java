package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.site.SiteWriter.Step;

/**
 * Each step of the swap that puts a site in place, made to fail, or "killed" right before it, through the
 * writer's hook: the site is always the previous one or the complete new one, never a mix, never lost, and the
 * next build clears what was left behind. A kill is simulated by copying the disk at the moment of the hook: that
 * copy is what kill -9 would leave (no finally block, no rollback), and the next build then runs on the copy.
 */
class SiteSwapTest {
    /** The previous site: a folder the new one lacks, a file only it has, files both have with other bytes. */
    static final SortedMap<String, byte[]> OLD = tree(Map.of(
            "privacy/index.html", "old page",
            "privacy/style.css", "old style",
            "privacy/2025-01-15/index.html", "old version page",
            "privacy/gone/index.html", "only in the old site"));
    static final SortedMap<String, byte[]> NEW = tree(Map.of(
            "privacy/index.html", "new page",
            "privacy/style.css", "new style",
            "privacy/2025-01-15/index.html", "new version page",
            "privacy/2026-03-10/index.html", "only in the new site",
            "privacy/feed.xml", "new feed"));

    @TempDir
    Path dir;
    Path work;
    Path out;

    @BeforeEach
    void publishTheOldSite() throws Exception {
        work = Files.createDirectories(dir.resolve("work"));
        out = work.resolve("site");
        SiteWriter.DEFAULT.replace(out, OLD);
        assertEquals(text(OLD), treeText(out));
    }

    // --- a step fails (IOException): the build reports it and leaves the previous site, or the complete new one ---

    @ParameterizedTest(name = "write of file {0} fails")
    @ValueSource(ints = {0, 2, 4})
    void a_failed_write_of_the_new_site_leaves_the_previous_one(int file) throws Exception {
        Faults faults = new Faults().fail(Step.WRITE_NEW, file);
        SiteException e = assertThrows(SiteException.class, () -> new SiteWriter(faults).replace(out, NEW));
        assertTrue(e.getMessage().endsWith("the previous site is unchanged"), e.getMessage());
        assertEquals(text(OLD), treeText(out));
        assertEquals(List.of("site"), entries(work));
    }

    @ParameterizedTest(name = "{0} fails")
    @ValueSource(strings = {"MOVE_OLD_ASIDE", "MOVE_NEW_IN"})
    void a_failed_rename_leaves_the_previous_site(Step step) throws Exception {
        Faults faults = new Faults().fail(step, 0);
        SiteException e = assertThrows(SiteException.class, () -> new SiteWriter(faults).replace(out, NEW));
        assertTrue(e.getMessage().endsWith("the previous site is unchanged"), e.getMessage());
        assertEquals(text(OLD), treeText(out));
        assertEquals(List.of("site"), entries(work), "the staging folder is deleted, the previous site put back");
    }

    @Test
    void when_the_previous_site_cannot_be_put_back_the_build_says_where_it_is_and_the_next_build_restores_it()
            throws Exception {
        Faults faults = new Faults().fail(Step.MOVE_NEW_IN, 0).fail(Step.RESTORE_OLD, 0);
        SiteException e = assertThrows(SiteException.class, () -> new SiteWriter(faults).replace(out, NEW));
        List<Path> old = leftovers(work, ".site.old-");
        assertEquals(1, old.size(), entries(work).toString());
        assertTrue(e.getMessage().endsWith("the previous site is whole in " + old.get(0)
                + " and the next build puts it back"), e.getMessage());
        assertEquals(1, e.getCause().getSuppressed().length, "the failure to put it back is kept with the first one");
        assertFalse(Files.exists(out));
        assertEquals(text(OLD), treeText(old.get(0)));

        SiteWriter.DEFAULT.recover(out);
        assertEquals(text(OLD), treeText(out));
        assertEquals(List.of("site"), entries(work));
    }

    @Test
    void a_previous_site_that_cannot_be_deleted_does_not_fail_the_build_and_the_next_build_deletes_it()
            throws Exception {
        new SiteWriter(new Faults().fail(Step.DELETE_OLD, 0)).replace(out, NEW);
        assertEquals(text(NEW), treeText(out));
        assertEquals(1, leftovers(work, ".site.old-").size(), entries(work).toString());

        SiteWriter.DEFAULT.replace(out, NEW);
        assertEquals(text(NEW), treeText(out));
        assertEquals(List.of("site"), entries(work));
    }

    @Test
    void a_staging_folder_that_cannot_be_deleted_after_a_failure_is_deleted_by_the_next_build() throws Exception {
        Faults faults = new Faults().fail(Step.MOVE_OLD_ASIDE, 0).fail(Step.DELETE_NEW, 0);
        SiteException e = assertThrows(SiteException.class, () -> new SiteWriter(faults).replace(out, NEW));
        assertTrue(e.getMessage().contains("injected failure before MOVE_OLD_ASIDE"), "the first failure is the one"
                + " reported: " + e.getMessage());
        assertEquals(text(OLD), treeText(out));
        assertEquals(1, leftovers(work, ".site.new-").size(), entries(work).toString());

        SiteWriter.DEFAULT.replace(out, NEW);
        assertEquals(text(NEW), treeText(out));
        assertEquals(List.of("site"), entries(work));
    }

    // --- the build is killed right before a step: what is on disk, and what the next build makes of it ---

    @ParameterizedTest(name = "killed before writing file {0}")
    @ValueSource(ints = {0, 2, 4})
    void killed_while_writing_the_new_site(int file) throws Exception {
        Path crashed = kill(new Faults().kill(Step.WRITE_NEW, file));
        assertEquals(text(OLD), treeText(crashed.resolve("site")));
        assertEquals(1, leftovers(crashed, ".site.new-").size());
        assertEquals(file, Project.tree(leftovers(crashed, ".site.new-").get(0)).size(), "files written so far");
        assertTheNextBuildsRecover(crashed, OLD);
    }

    @Test
    void killed_before_moving_the_previous_site_aside() throws Exception {
        Path crashed = kill(new Faults().kill(Step.MOVE_OLD_ASIDE, 0));
        assertEquals(text(OLD), treeText(crashed.resolve("site")));
        assertEquals(text(NEW), treeText(leftovers(crashed, ".site.new-").get(0)), "the staging folder is complete");
        assertTheNextBuildsRecover(crashed, OLD);
    }

    /** The swap window: the one moment without a site folder. The previous site is whole beside it. */
    @Test
    void killed_between_the_two_renames() throws Exception {
        Path crashed = kill(new Faults().kill(Step.MOVE_NEW_IN, 0));
        assertFalse(Files.exists(crashed.resolve("site")));
        assertEquals(text(OLD), treeText(leftovers(crashed, ".site.old-").get(0)));
        assertEquals(text(NEW), treeText(leftovers(crashed, ".site.new-").get(0)));
        assertTheNextBuildsRecover(crashed, OLD);
    }

    @Test
    void killed_before_deleting_the_previous_site_or_half_way_through() throws Exception {
        Path crashed = kill(new Faults().kill(Step.DELETE_OLD, 0));
        assertEquals(text(NEW), treeText(crashed.resolve("site")));
        Path old = leftovers(crashed, ".site.old-").get(0);
        assertEquals(text(OLD), treeText(old));
        // Half way through the delete: some of the previous site's files are gone already.
        Files.delete(old.resolve("privacy/index.html"));
        PathUtils.deleteDirectory(old.resolve("privacy/gone"));
        assertTheNextBuildsRecover(crashed, NEW);
    }

    @Test
    void killed_while_putting_the_previous_site_back() throws Exception {
        Path crashed = kill(new Faults().fail(Step.MOVE_NEW_IN, 0).kill(Step.RESTORE_OLD, 0));
        assertFalse(Files.exists(crashed.resolve("site")));
        assertEquals(text(OLD), treeText(leftovers(crashed, ".site.old-").get(0)));
        assertTheNextBuildsRecover(crashed, OLD);
    }

    /** The first build of a folder has nothing to move aside: the site appears whole or not at all. */
    @Test
    void the_first_build_killed_before_its_rename_leaves_no_site_and_no_leftover_after_the_next_build()
            throws Exception {
        PathUtils.deleteDirectory(out);
        Path crashed = kill(new Faults().kill(Step.MOVE_NEW_IN, 0));
        assertFalse(Files.exists(crashed.resolve("site")));
        SiteWriter.DEFAULT.recover(crashed.resolve("site"));
        assertEquals(List.of(), entries(crashed));
        SiteWriter.DEFAULT.replace(crashed.resolve("site"), NEW);
        assertEquals(text(NEW), treeText(crashed.resolve("site")));
        assertEquals(List.of("site"), entries(crashed));
    }

    /**
     * Killed in the swap window, then the next build fails (the editor's policy has an error): it still puts the
     * previous site back, first thing, instead of leaving no site until a build succeeds.
     */
    @Test
    void a_failing_build_after_a_kill_in_the_swap_window_still_puts_the_previous_site_back() throws Exception {
        Path crashed = kill(new Faults().kill(Step.MOVE_NEW_IN, 0));
        Path broken = Project.contentWith(dir.resolve("broken"),
                Project.policyWith("effective: 2026-03-10", "effective: 2026-13-10"));
        SiteBuilder next = SiteBuilder.builder().content(broken).templates(Project.templates())
                .out(crashed.resolve("site")).build();
        assertThrows(PolicyException.class, next::render);
        assertEquals(text(OLD), treeText(crashed.resolve("site")));
        assertEquals(List.of("site"), entries(crashed));
    }

    /** After a kill: recovering gives {@code recovered} back whole, and the next build publishes the new site. */
    private static void assertTheNextBuildsRecover(Path crashed, SortedMap<String, byte[]> recovered)
            throws Exception {
        Path site = crashed.resolve("site");
        Path again = Files.createDirectories(crashed.resolveSibling(crashed.getFileName() + "-again"));
        PathUtils.copyDirectory(crashed, again);

        SiteWriter.DEFAULT.recover(site);
        assertEquals(text(recovered), treeText(site));
        assertEquals(List.of("site"), entries(crashed));

        // The next build alone (no recover before it) clears the leftovers too.
        SiteWriter.DEFAULT.replace(again.resolve("site"), NEW);
        assertEquals(text(NEW), treeText(again.resolve("site")));
        assertEquals(List.of("site"), entries(again));
    }

    /** Runs a replacement that the faults kill; returns the copy of the disk taken at the moment of the kill. */
    private Path kill(Faults faults) throws Exception {
        Path crashed = dir.resolve("crashed");
        faults.snapshot(work, crashed);
        assertThrows(Killed.class, () -> new SiteWriter(faults).replace(out, NEW));
        assertTrue(Files.isDirectory(crashed), "the kill did not happen");
        return crashed;
    }

    /** The hook of the tests: fails, or kills, the n-th run (from 0) of chosen steps. */
    static final class Faults implements SiteWriter.Hook {
        private final Map<Step, Integer> failAt = new EnumMap<>(Step.class);
        private final Map<Step, Integer> killAt = new EnumMap<>(Step.class);
        private final Map<Step, Integer> seen = new EnumMap<>(Step.class);
        private Path disk;
        private Path copy;

        Faults fail(Step step, int nth) {
            failAt.put(step, nth);
            return this;
        }

        Faults kill(Step step, int nth) {
            killAt.put(step, nth);
            return this;
        }

        /** Where a kill copies the disk ({@code disk}, the folder holding the site) to. */
        void snapshot(Path disk, Path copy) {
            this.disk = disk;
            this.copy = copy;
        }

        @Override
        public void before(Step step, Path path) throws IOException {
            int n = seen.merge(step, 1, Integer::sum) - 1;
            if (killAt.getOrDefault(step, -1) == n) {
                PathUtils.copyDirectory(disk, Files.createDirectories(copy));
                throw new Killed(step);
            }
            if (failAt.getOrDefault(step, -1) == n) {
                throw new IOException("injected failure before " + step + " of " + path);
            }
        }
    }

    /** Stands for the process dying: whatever the writer does after this is not on the copied disk. */
    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Killed(Step step) {
            super("killed before " + step);
        }
    }

    private static SortedMap<String, byte[]> tree(Map<String, String> text) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        text.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, String> text(SortedMap<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
        return text;
    }

    private static Map<String, String> treeText(Path site) throws IOException {
        assertTrue(Files.isDirectory(site), site + " is missing");
        return Project.treeText(site);
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> leftovers(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}
