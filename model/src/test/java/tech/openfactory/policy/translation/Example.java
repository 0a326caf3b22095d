package tech.openfactory.policy.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The history example, which has a German and an Arabic translation, in place or copied to change freely. */
final class Example {
    static final Path ROOT = Path.of(System.getProperty("policy.projectRoot", ".."));
    static final Path PRIVACY = ROOT.resolve("examples/policy-history/content/privacy");

    private Example() {}

    /** A copy of the example's privacy folder below {@code dir}. */
    static Path copy(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(PRIVACY)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path target = dir.resolve(PRIVACY.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    /** Replaces the one occurrence of {@code from} in a file. */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError(file + " must contain once: " + from);
        }
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
