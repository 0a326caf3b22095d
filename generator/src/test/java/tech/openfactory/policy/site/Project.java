package tech.openfactory.policy.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The repository's own content and templates, and edited copies of them for tests. */
public final class Project {
    private Project() {}

    public static Path root() {
        return Path.of(System.getProperty("policy.projectRoot", "..")).toAbsolutePath().normalize();
    }

    public static Path content() {
        return root().resolve("content");
    }

    /** The example with several published versions, under examples/policy-history. */
    public static Path exampleContent() {
        return root().resolve("examples/policy-history/content");
    }

    public static Path templates() {
        return root().resolve("templates");
    }

    public static String policyText() throws IOException {
        return Files.readString(content().resolve(SiteBuilder.POLICY_FILE));
    }

    /** A content folder in {@code dir} holding {@code policy} as its policy file. */
    public static Path contentWith(Path dir, String policy) throws IOException {
        Path file = dir.resolve(SiteBuilder.POLICY_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, policy, StandardCharsets.UTF_8);
        return dir;
    }

    /** The real policy with one exact text replaced; fails when the text is not found exactly once. */
    public static String policyWith(String from, String to) throws IOException {
        String text = policyText();
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("policy must contain once: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Every file below {@code dir} by relative path, with its bytes: a tree to compare byte for byte. */
    public static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A tree as text, for assertions whose failure shows what differs. */
    public static Map<String, String> treeText(Path dir) throws IOException {
        Map<String, String> text = new TreeMap<>();
        tree(dir).forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
        return text;
    }
}
