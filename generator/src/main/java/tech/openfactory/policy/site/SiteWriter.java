package tech.openfactory.policy.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Puts a whole site in place or nothing: files are written to a fresh folder beside the output folder, which
 * then replaces the old one by renames. A build that fails before the swap leaves the previous site untouched.
 */
final class SiteWriter {
    private SiteWriter() {}

    /** Writes {@code files} (relative path to content, sorted for a stable order) as the new {@code out}. */
    static void replace(Path out, SortedMap<String, byte[]> files) throws SiteException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, target.getFileName().toString());
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            publishable(staging);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging)) {
                    throw new SiteException("refusing to write " + file.getKey() + " outside " + out);
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            swap(staging, target);
            staging = null;
        } catch (IOException e) {
            throw new SiteException(out + ": cannot write the site (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); check that the folder is writable; the previous site is unchanged", e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /**
     * A build killed half-way leaves its staging folder (or, between the two renames, the previous site under its
     * ".old-" name); the next build removes them. The site itself is never half-written.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        try (Stream<Path> siblings = Files.list(parent)) {
            // Killed between the two renames: the previous site waits under its ".old-" name; put it back first.
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                if (!Files.exists(target) && sibling.getFileName().toString().startsWith("." + name + ".old-")) {
                    move(sibling, target);
                }
            }
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : (Iterable<Path>) siblings::iterator) {
                String n = sibling.getFileName().toString();
                if (n.startsWith("." + name + ".new-") || n.startsWith("." + name + ".old-") && Files.exists(parent.resolve(name))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Temporary folders are private to their owner; a published site is readable by the web server. */
    private static void publishable(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target); // put the previous site back before reporting
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Leftovers are hidden dot-folders; the next build does not depend on them.
        }
    }
}
