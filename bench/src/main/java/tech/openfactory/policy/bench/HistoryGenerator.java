package tech.openfactory.policy.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import tech.openfactory.policy.model.Checksum;

/**
 * Writes a content folder whose privacy policy has {@code n} published versions, each changing prose and facts:
 * the input of the history-scale benchmark. Every fourth version is material (it takes effect 30 days after its
 * release); the others are editorial. Deterministic: the same n gives the same files.
 *
 * <pre>java -cp bench/target/benchmarks.jar tech.openfactory.policy.bench.HistoryGenerator 100 content/privacy/policy.yaml /tmp/h100</pre>
 */
public final class HistoryGenerator {
    private HistoryGenerator() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String base = Files.readString(Path.of(args[1]));
        Path privacy = Files.createDirectories(Path.of(args[2]).resolve("privacy"));
        Path versions = Files.createDirectories(privacy.resolve("versions"));
        StringBuilder lock = new StringBuilder("versions:\n");
        LocalDate start = LocalDate.of(2020, 1, 6);
        LocalDate effective = start;
        String text = base;
        for (int i = 0; i < n; i++) {
            LocalDate updated = start.plusDays(35L * i);
            boolean material = i > 0 && i % 4 == 0;
            if (i == 0 || material) {
                effective = material ? updated.plusDays(30) : updated;
            }
            text = base
                    .replaceFirst("effective: \\d{4}-\\d{2}-\\d{2}", "effective: " + effective)
                    .replaceFirst("lastUpdated: \\d{4}-\\d{2}-\\d{2}", "lastUpdated: " + updated)
                    // a fact that changes in every version
                    .replace("keptFor: { typically: 90 days }", "keptFor: { typically: " + (60 + i % 60) + " days }")
                    // prose that changes in every version
                    .replace("deliver your\n    operating systems.", "deliver your\n    operating systems (revision " + i + ").")
                    .replace("We keep the scope narrow", i % 2 == 0 ? "We keep the scope narrow" : "We keep the scope tight");
            if (material) {
                text = text.replace("      account holders in advance.\n",
                        "      account holders in advance.\n    noticePeriod: 30 days\n");
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String file = updated + ".yaml";
            Files.write(versions.resolve(file), bytes);
            lock.append("  - file: ").append(file).append('\n')
                    .append("    sha256: ").append(Checksum.sha256(bytes)).append('\n')
                    .append("    kind: ").append(i == 0 ? "initial" : material ? "material" : "editorial").append('\n')
                    .append("    released: ").append(updated).append('\n')
                    .append("    summary: \"Revision ").append(i).append(".\"\n");
        }
        Files.writeString(versions.resolve("versions.lock"), lock.toString());
        Files.writeString(privacy.resolve("policy.yaml"), text);
        System.out.println("wrote " + n + " versions to " + privacy + "; the last is " + start.plusDays(35L * (n - 1)));
    }
}
