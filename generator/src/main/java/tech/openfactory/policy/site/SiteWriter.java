package tech.openfactory.policy.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Puts a whole site in place or nothing: files are written to a fresh folder beside the output folder, which
 * then replaces the old one by renames. A build that fails before the swap leaves the previous site untouched.
 *
 * <p>The swap, step by step ({@link Step}), and what a build killed just before each step leaves on disk:
 * <ol>
 *   <li>{@link Step#WRITE_NEW}, once per file, into {@code .NAME.new-*}: the previous site, untouched, and a
 *       half-written staging folder that the next build deletes;</li>
 *   <li>{@link Step#MOVE_OLD_ASIDE}, the previous site renamed to {@code .NAME.old-*}: as above, the staging folder
 *       complete;</li>
 *   <li>{@link Step#MOVE_NEW_IN}, the staging folder renamed to NAME: no NAME for an instant, the previous site
 *       whole under {@code .NAME.old-*}; {@link #recover} (the first thing of every build, even one that fails)
 *       renames it back;</li>
 *   <li>{@link Step#DELETE_OLD}: the new site in place, a (partly deleted) previous site beside it, which the next
 *       build deletes.</li>
 * </ol>
 * When moving the new site in fails, {@link Step#RESTORE_OLD} renames the previous site back before the build
 * reports the failure; {@link Step#DELETE_NEW} removes the staging folder of a failed build.
 */
final class SiteWriter {
    /** The steps of a replacement, in the order they run. */
    enum Step { WRITE_NEW, MOVE_OLD_ASIDE, MOVE_NEW_IN, DELETE_OLD, RESTORE_OLD, DELETE_NEW }

    /**
     * Runs before each step with the path the step acts on (the file written, the folder moved or deleted). The
     * writer's fault-injection seam: a test makes it throw to fail that step, or copies the disk to see what a
     * build killed right there leaves behind. Production code uses {@link #NONE}.
     */
    @FunctionalInterface
    interface Hook {
        void before(Step step, Path path) throws IOException;
    }

    static final Hook NONE = (step, path) -> {};

    /** The writer of every build. */
    static final SiteWriter DEFAULT = new SiteWriter(NONE);

    private final Hook hook;

    SiteWriter(Hook hook) {
        this.hook = hook;
    }

    /** Writes {@code files} (relative path to content, sorted for a stable order) as the new {@code out}. */
    void replace(Path out, SortedMap<String, byte[]> files) throws SiteException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            removeLeftovers(target);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            publishable(staging);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging) || path.equals(staging)) {
                    throw new SiteException("refusing to write " + file.getKey() + " outside " + out);
                }
                hook.before(Step.WRITE_NEW, path);
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            swap(staging, target);
            staging = null;
        } catch (IOException e) {
            throw new SiteException(out + ": cannot write the site (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); check that the folder is writable; " + previousSite(target), e);
        } finally {
            if (staging != null) {
                deleteQuietly(Step.DELETE_NEW, staging);
            }
        }
    }

    /**
     * Undoes what a build killed half-way left behind beside {@code out}: puts the previous site back if the build
     * died between the two renames, and deletes staging and old folders. Safe to call at any time; a no-op when
     * there is nothing to recover.
     */
    void recover(Path out) throws SiteException {
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(target.getParent())) {
            return;
        }
        try {
            removeLeftovers(target);
        } catch (IOException e) {
            throw new SiteException(out + ": cannot clear what an interrupted build left beside the site ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that the folder is writable", e);
        }
    }

    /**
     * A build killed half-way leaves its staging folder (or, between the two renames, the previous site under its
     * ".old-" name); the next build removes them. The site itself is never half-written.
     */
    private void removeLeftovers(Path target) throws IOException {
        String name = target.getFileName().toString();
        if (!Files.exists(target)) {
            // Killed between the two renames: the previous site waits under its ".old-" name; put it back first.
            List<Path> old = siblings(target, "." + name + ".old-");
            if (!old.isEmpty()) {
                move(old.get(0), target);
            }
        }
        for (Path leftover : siblings(target, "." + name + ".")) {
            String n = leftover.getFileName().toString();
            if (n.startsWith("." + name + ".new-") || n.startsWith("." + name + ".old-")) {
                try {
                    PathUtils.deleteDirectory(leftover);
                } catch (IOException e) {
                    // A hidden dot-folder that nothing reads; the next build tries again.
                }
            }
        }
    }

    private static List<Path> siblings(Path target, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    /** Temporary folders are private to their owner; a published site is readable by the web server. */
    private static void publishable(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            hook.before(Step.MOVE_NEW_IN, target);
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        hook.before(Step.MOVE_OLD_ASIDE, target);
        move(target, old);
        try {
            hook.before(Step.MOVE_NEW_IN, target);
            move(staging, target);
        } catch (Throwable e) { // whatever stops the new site from moving in, the previous one goes back
            try {
                hook.before(Step.RESTORE_OLD, old);
                move(old, target); // put the previous site back before reporting
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        // The new site is published: a previous site that cannot be deleted now is deleted by the next build.
        deleteQuietly(Step.DELETE_OLD, old);
    }

    private void deleteQuietly(Step step, Path folder) {
        try {
            hook.before(step, folder);
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            // A hidden dot-folder beside the site; the next build deletes it and does not depend on it.
        }
    }

    /** What became of the previous site when a replacement failed. */
    private static String previousSite(Path target) {
        try {
            if (!Files.exists(target)) {
                List<Path> old = siblings(target, "." + target.getFileName() + ".old-");
                if (!old.isEmpty()) {
                    return "the previous site is whole in " + old.get(0) + " and the next build puts it back";
                }
            }
        } catch (IOException e) {
            // Fall through to the common case.
        }
        return "the previous site is unchanged";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
