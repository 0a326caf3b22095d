package tech.openfactory.policy.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tech.openfactory.policy.model.Checksum;

/**
 * One case of the hostile-input corpus ({@code src/test/resources/hostile/cases/*.yaml}): an input made from the
 * corpus's base policy, and exactly what must come of it: the exit code and every line the build prints on
 * standard error ({@code stderr:}, the summary line included; none when it succeeds).
 */
public record HostileCase(String file, String about, Map<String, Object> input, int exit, List<String> stderr, boolean page) {
    public HostileCase {
        stderr = List.copyOf(stderr);
    }


    static final String BASE = "/hostile/base.yaml";

    @SuppressWarnings("unchecked")
    public static HostileCase load(String file) throws IOException {
        try (InputStream in = HostileCase.class.getResourceAsStream("/hostile/cases/" + file)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (yaml.containsKey("errors")) {
                throw new AssertionError(file + ": write every line of standard error under stderr:, not errors:");
            }
            return new HostileCase(file, (String) yaml.get("about"), (Map<String, Object>) yaml.get("input"),
                    (Integer) yaml.get("exit"), yaml.get("stderr") == null ? List.of() : (List<String>) yaml.get("stderr"),
                    Boolean.TRUE.equals(yaml.get("page")));
        }
    }

    static String base() throws IOException {
        try (InputStream in = HostileCase.class.getResourceAsStream(BASE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes the case's input as {@code privacy/policy.yaml} (and versions, for history cases) below content: the
     * text given, or the base with the edits made; a special input writes what it names, with the edits, if any,
     * made to the living policy.
     */
    public void writeInto(Path content) throws IOException {
        Path privacy = Files.createDirectories(content.resolve("privacy"));
        Path policy = privacy.resolve("policy.yaml");
        String base = base();
        if (input.containsKey("text")) {
            Files.writeString(policy, (String) input.get("text"));
        } else if (input.containsKey("special")) {
            special((String) input.get("special"), base, privacy, policy);
            if (input.containsKey("edits")) {
                Files.writeString(policy, edited(Files.readString(policy)));
            }
        } else {
            Files.writeString(policy, edited(base));
        }
    }

    @SuppressWarnings("unchecked")
    private String edited(String text) {
        for (Map<String, String> edit : (List<Map<String, String>>) input.get("edits")) {
            String from = edit.get("replace");
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new AssertionError(file + ": the base must contain once: " + from);
            }
            text = text.substring(0, at) + edit.get("with") + text.substring(at + from.length());
        }
        return text;
    }

    private void special(String kind, String base, Path privacy, Path policy) throws IOException {
        switch (kind) {
            case "bom" -> Files.write(policy, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(base)));
            case "crlf" -> Files.writeString(policy, base.replace("\n", "\r\n"));
            case "invalid-utf8" -> Files.write(policy, base.replace("OpenFactory Inc.", "OpenFactory Inc.\u00e9")
                    .getBytes(StandardCharsets.ISO_8859_1));
            case "alias-bomb" -> {
                StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (int i = 1; i < 10; i++) {
                    bomb.append('a').append(i).append(": &a").append(i).append(" [");
                    for (int j = 0; j < 9; j++) {
                        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                    }
                    bomb.append("]\n");
                }
                Files.writeString(policy, bomb.toString());
            }
            case "deep-nesting" -> Files.writeString(policy, "title: " + "[".repeat(200) + "]".repeat(200) + "\n");
            case "oversize" -> {
                StringBuilder big = new StringBuilder(base);
                while (big.length() < 3 * 1024 * 1024) {
                    big.append("# padding padding padding padding padding padding padding padding padding\n");
                }
                Files.writeString(policy, big.toString());
            }
            case "published", "released-early", "version-name-mismatch", "version-edited", "version-deleted" -> {
                Files.writeString(policy, base);
                Path versions = Files.createDirectories(privacy.resolve("versions"));
                byte[] frozen = utf8(base);
                String name = kind.equals("version-name-mismatch") ? "2026-04-09.yaml" : "2026-04-08.yaml";
                if (!kind.equals("version-deleted")) {
                    Files.write(versions.resolve(name), kind.equals("version-edited")
                            ? utf8(base.replace("We do not sell personal data.", "We rarely sell personal data."))
                            : frozen);
                }
                Files.writeString(versions.resolve("versions.lock"), """
                        versions:
                          - file: %s
                            sha256: %s
                            kind: initial
                            released: %s
                            summary: "First published version."
                        """.formatted(name, Checksum.sha256(frozen),
                        kind.equals("released-early") ? "2026-04-01" : "2026-04-08"));
            }
            default -> throw new AssertionError(file + ": unknown special input " + kind);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every case file, in name order. */
    public static List<String> all() throws Exception {
        Path dir = Path.of(HostileCase.class.getResource("/hostile/cases").toURI());
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    @Override
    public String toString() {
        return file + ": " + about;
    }
}
