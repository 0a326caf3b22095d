package tech.openfactory.policy.ci;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tech.openfactory.policy.site.Project;

/** What the workflow tests run outside the JVM: Node, the workflow validator, and processes with a fake GitHub. */
final class Tools {
    private Tools() {}

    static final Path WORKFLOWS = Project.root().resolve(".github/workflows");
    static final Path SCRIPT = Project.root().resolve(".github/scripts/policy-pr.mjs");
    static final Path VALIDATOR = Project.root()
            .resolve("generator/src/test/js/node_modules/@action-validator/cli/cli.mjs");

    /** On CI (CI=true, as GitHub Actions sets it) a missing tool fails the test; elsewhere it skips, saying why. */
    static void missing(String what) {
        if ("true".equals(System.getenv("CI"))) {
            fail(what + " (CI=true: on CI this test must run)");
        }
        Assumptions.abort(what);
    }

    static Path node() {
        Optional<Path> node = onPath("node");
        if (node.isEmpty()) {
            missing("node is not on PATH; bin/setup-tests installs it with npm");
        }
        return node.get();
    }

    static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path file = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** A finished process: its exit code and what it printed. */
    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs a command in {@code dir} with the environment of this JVM minus everything GitHub Actions sets (so that a
     * run on CI never writes into the real run's outputs or summary), plus {@code env}.
     */
    static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("RUNNER_")
                || k.startsWith("GH_") || k.equals("POLICY") || k.startsWith("POLICY_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("policy-ci-stdout", ".txt");
        Path err = Files.createTempFile("policy-ci-stderr", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    static List<String> command(Object... parts) {
        List<String> command = new ArrayList<>();
        for (Object part : parts) {
            command.add(part.toString());
        }
        return command;
    }
}
