package tech.openfactory.policy.model.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.Problem;

/**
 * Reads and writes {@code versions.lock}, the list of published versions with their checksums, and under each the
 * translations frozen with it ({@code translations:}, left out when there are none, so a lock written before
 * translations existed reads and writes the same bytes).
 */
public final class LockFile {
    private static final String HEADER = """
            # Published versions of the privacy policy, oldest first, with the SHA-256 of each file.
            # Written by `policy release`. Never edit by hand: a published version is frozen; publish a new one.
            """;

    private LockFile() {}

    /** The entries, or null with problems added when the lock cannot be read. */
    public static List<LockEntry> read(String file, byte[] bytes, List<Problem> problems) {
        String text = YamlGate.decode(bytes, file, problems);
        if (text == null) {
            return null;
        }
        Reading reading = new Reading(file, text);
        Node root = new YamlGate(PolicyLoader.DEFAULT_MAX_BYTES, PolicyLoader.DEFAULT_MAX_DEPTH, 0).compose(reading);
        List<LockEntry> entries = null;
        if (root != null) {
            Fields lock = Fields.open(reading, root, "", Shapes.LOCK);
            if (lock != null) {
                entries = lock.list("versions", (node, path) -> entry(reading, node, path));
            }
        }
        problems.addAll(reading.problems());
        return reading.problems().isEmpty() && entries != null && !entries.contains(null) ? entries : null;
    }

    private static LockEntry entry(Reading reading, Node node, String path) {
        Fields f = Fields.open(reading, node, path, Shapes.LOCKED_VERSION);
        if (f == null) {
            return null;
        }
        String file = f.text("file");
        String sha = sha256(reading, f);
        String kindText = f.text("kind");
        ChangeKind kind = kindText == null ? null : ChangeKind.of(kindText).filter(k -> k != ChangeKind.NONE).orElse(null);
        if (kindText != null && kind == null) {
            reading.problem(f.node("kind"), f.path("kind"), "unknown kind '" + kindText
                    + "'; write initial, editorial or material");
        }
        var released = f.date("released");
        String summary = f.text("summary");
        String reason = f.has("reason") ? f.text("reason") : null;
        List<LockEntry.LockedTranslation> translations = f.has("translations")
                ? f.list("translations", (item, itemPath) -> translation(reading, item, itemPath)) : List.of();
        if (Objects.isNull(file) || Objects.isNull(sha) || kind == null || released == null || summary == null
                || translations == null || translations.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        return new LockEntry(file, sha, kind, released, summary, reason, translations,
                node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** The entry's {@code sha256}: 64 lowercase hex digits, else a problem and null. */
    private static String sha256(Reading reading, Fields f) {
        String sha = f.text("sha256");
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            reading.problem(f.node("sha256"), f.path("sha256"), "not a SHA-256; restore versions.lock from git");
            return null;
        }
        return sha;
    }

    private static LockEntry.LockedTranslation translation(Reading reading, Node node, String path) {
        Fields f = Fields.open(reading, node, path, Shapes.LOCKED_TRANSLATION);
        if (f == null) {
            return null;
        }
        String file = f.text("file");
        String sha = sha256(reading, f);
        return file == null || sha == null ? null : new LockEntry.LockedTranslation(file, sha,
                node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** The lock's text for {@code entries}: stable, so the same history always writes the same bytes. */
    public static byte[] write(List<LockEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append("versions:\n");
        for (LockEntry e : entries) {
            out.append("  - file: ").append(e.file()).append('\n')
                    .append("    sha256: ").append(e.sha256()).append('\n')
                    .append("    kind: ").append(e.kind().id()).append('\n')
                    .append("    released: ").append(e.released()).append('\n')
                    .append("    summary: ").append(quote(e.summary())).append('\n');
            if (e.reason() != null) {
                out.append("    reason: ").append(quote(e.reason())).append('\n');
            }
            if (!e.translations().isEmpty()) {
                out.append("    translations:\n");
                for (LockEntry.LockedTranslation t : e.translations()) {
                    out.append("      - file: ").append(t.file()).append('\n')
                            .append("        sha256: ").append(t.sha256()).append('\n');
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
