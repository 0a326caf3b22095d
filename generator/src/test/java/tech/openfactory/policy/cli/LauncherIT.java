package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.Project;

/**
 * bin/policy, the launcher, against the plain {@code java -jar generator/target/policy.jar}: the same bytes on both
 * streams and the same exit code, with the archive the build made, and with one that is missing, stale or corrupt
 * (then it must run the plain jar as if there were none). Runs after package (see generator/pom.xml), since it
 * needs the jar and the archive; times nothing.
 */
class LauncherIT {
    private static final Path ROOT = Project.root();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Pattern SERVING = Pattern.compile("policy daemon: serving .*; (\\d+) commands? run\n");

    /** One process: exit code and both streams, byte for byte. */
    record Result(int exit, byte[] out, byte[] err) {
        String text() {
            return "exit " + exit + "\n" + new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
        }
    }

    private static Result exec(Path dir, Map<String, String> env, List<String> command) throws Exception {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("POLICY_ARCHIVE");
            // The daemon only where a test asks for it (POLICY_DAEMON=on and a runtime folder of its own).
            builder.environment().put("POLICY_DAEMON", "off");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("_JAVA_OPTIONS");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(env);
            int exit = builder.start().waitFor();
            return new Result(exit, Files.readAllBytes(out), Files.readAllBytes(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Result plain(Path root, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar",
                root.resolve("generator/target/policy.jar").toString()));
        command.addAll(Arrays.asList(args));
        return exec(ROOT, Map.of(), command);
    }

    private static Result launcher(Path root, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/policy").toString()));
        command.addAll(Arrays.asList(args));
        return exec(ROOT, env, command);
    }

    private static void assertSame(Result plain, Result launcher, String what) {
        assertEquals(plain.text(), launcher.text(), what);
        assertEquals(plain.exit(), launcher.exit(), what);
        assertArrayEquals(plain.out(), launcher.out(), what + ": stdout");
        assertArrayEquals(plain.err(), launcher.err(), what + ": stderr");
    }

    /** The command lines compared: the real content, its lint, usage errors, help and version. */
    private static List<String[]> commands() {
        String content = ROOT.resolve("content").toString();
        return List.of(new String[] {"--version"}, new String[] {"--help"}, new String[] {"check"},
                new String[] {"check", "--content", content}, new String[] {"check", "--content", content, "--strict"},
                new String[] {"lint", "--content", content}, new String[] {"diff", "--content", content},
                new String[] {"check", "--bogus"}, new String[] {"check", "--content", ROOT.resolve("nowhere").toString()});
    }

    /** The archive the stamp names (policy.jsa or policy.aot); null when there is no stamp. */
    private static Path archive(Path root) throws IOException {
        Path stamp = root.resolve("generator/target/policy.archive");
        if (!Files.exists(stamp)) {
            return null;
        }
        String kind = Files.readString(stamp).split(" ")[0];
        return root.resolve("generator/target/policy." + (kind.equals("aot") ? "aot" : "jsa"));
    }

    /** Whether bin/policy in root loads the tool's own classes from the archive (class loading logged). */
    private static boolean usesArchive(Path root) throws Exception {
        Result run = launcher(root, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:stdout"), "--version");
        return new String(run.out(), StandardCharsets.UTF_8).lines()
                .anyMatch(l -> l.contains(" tech.openfactory.policy.cli.PolicyCommand source: shared objects file"));
    }

    @Test
    void the_build_made_an_archive_and_bin_policy_uses_it() throws Exception {
        assumeFalse(Boolean.getBoolean("policy.archive.skip"), "mvn -Dpolicy.archive.skip=true made no archive");
        Path archive = archive(ROOT);
        assertTrue(archive != null && Files.size(archive) > 0,
                "mvn package makes generator/target/policy.archive and the archive it names (bin/policy --make-archive)");
        assertTrue(usesArchive(ROOT), "bin/policy loads PolicyCommand from the archive");
    }

    @Test
    void bin_policy_prints_exactly_what_the_plain_jar_prints() throws Exception {
        for (String[] args : commands()) {
            assertSame(plain(ROOT, args), launcher(ROOT, Map.of(), args), String.join(" ", args));
        }
        assertSame(plain(ROOT, "check"), launcher(ROOT, Map.of("POLICY_ARCHIVE", "off"), "check"), "POLICY_ARCHIVE=off");
    }

    @Test
    void a_build_through_bin_policy_writes_the_same_site(@TempDir Path dir) throws Exception {
        String[] common = {"build", "--content", ROOT.resolve("content").toString(), "--templates",
            ROOT.resolve("templates").toString(), "--as-of", "2026-06-01", "--out"};
        Path a = dir.resolve("a/site");
        Path b = dir.resolve("b/site");
        Result plain = plain(ROOT, concat(common, a.toString()));
        Result launcher = launcher(ROOT, Map.of(), concat(common, b.toString()));
        assertEquals(0, plain.exit(), plain.text());
        assertEquals(plain.text().replace(a.toString(), "OUT"), launcher.text().replace(b.toString(), "OUT"));
        Map<String, byte[]> left = Project.tree(a);
        Map<String, byte[]> right = Project.tree(b);
        assertEquals(left.keySet(), right.keySet());
        left.forEach((file, bytes) -> assertArrayEquals(bytes, right.get(file), file));
    }

    /**
     * bin/policy's daemon, end to end: the first command runs in a fresh JVM and starts it; once it listens, each
     * command line prints what the plain jar prints, with its exit code, and it is the daemon that ran them (its
     * count rises by one each); a build writes the same site; --stop-daemon stops it.
     */
    @Test
    void through_the_daemon_every_command_prints_what_the_plain_jar_prints(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectory(dir.resolve("run"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = Map.of("POLICY_DAEMON", "on", "XDG_RUNTIME_DIR", run.toString());
        try {
            assertSame(plain(ROOT, "check"), launcher(ROOT, env, "check"), "the first command, which starts the daemon");
            int before = commandsRun(env);
            for (String[] args : commands()) {
                assertSame(plain(ROOT, args), launcher(ROOT, env, args), "through the daemon: " + String.join(" ", args));
            }
            assertEquals(before + commands().size(), commandsRun(env), "the daemon ran each of them");

            // Nothing of one command is kept for the next: the same check, after the policy broke, fails.
            Path content = dir.resolve("content");
            PathUtils.copyDirectory(ROOT.resolve("content"), content);
            Path policy = content.resolve("privacy/policy.yaml");
            String[] check = {"check", "--content", content.toString()};
            assertSame(plain(ROOT, check), launcher(ROOT, env, check), "check, through the daemon");
            Files.writeString(policy, Files.readString(policy).replaceFirst("minimumAge: \\d+", "minimumAge: 400"));
            Result broken = plain(ROOT, check);
            assertEquals(1, broken.exit(), broken.text());
            assertSame(broken, launcher(ROOT, env, check), "check of the policy broken since, through the daemon");
            assertEquals(before + commands().size() + 2, commandsRun(env));

            // With JDK_JAVA_OPTIONS set, every JVM says "Picked up": the command runs in one JVM, which says it once.
            Map<String, String> options = Map.of("JDK_JAVA_OPTIONS", "-Dpolicy.unused=1");
            Map<String, String> withOptions = new java.util.HashMap<>(env);
            withOptions.putAll(options);
            List<String> plainVersion = List.of(JAVA.toString(), "-jar", ROOT.resolve("generator/target/policy.jar")
                    .toString(), "--version");
            Result picked = exec(ROOT, options, plainVersion);
            assertTrue(new String(picked.err(), StandardCharsets.UTF_8).startsWith("NOTE: Picked up JDK_JAVA_OPTIONS"),
                    picked.text());
            assertSame(picked, launcher(ROOT, withOptions, "--version"), "with JDK_JAVA_OPTIONS set");
            assertEquals(before + commands().size() + 2, commandsRun(env), "not through the daemon");

            String[] common = {"build", "--content", ROOT.resolve("content").toString(), "--templates",
                ROOT.resolve("templates").toString(), "--as-of", "2026-06-01", "--out"};
            Path a = dir.resolve("a/site");
            Path b = dir.resolve("b/site");
            Result plain = plain(ROOT, concat(common, a.toString()));
            Result served = launcher(ROOT, env, concat(common, b.toString()));
            assertEquals(plain.text().replace(a.toString(), "OUT"), served.text().replace(b.toString(), "OUT"));
            Map<String, byte[]> left = Project.tree(a);
            Map<String, byte[]> right = Project.tree(b);
            assertEquals(left.keySet(), right.keySet());
            left.forEach((file, bytes) -> assertArrayEquals(bytes, right.get(file), file));
            assertEquals(before + commands().size() + 3, commandsRun(env));

            assertEquals(0, launcher(ROOT, env, "--stop-daemon").exit());
            String none = new String(launcher(ROOT, env, "--daemon-status").out(), StandardCharsets.UTF_8);
            assertTrue(none.startsWith("policy daemon: none at " + run.resolve("openfactory-policy-")), none);
        } finally {
            launcher(ROOT, env, "--stop-daemon");
        }
    }

    /**
     * In a copy of the project: a daemon whose jar was rebuilt since, and one that died and left its socket behind,
     * are not used; the command runs in a fresh JVM, prints what the plain jar prints, and a new daemon takes over.
     */
    @Test
    void a_rebuilt_jar_or_a_dead_daemon_falls_back_to_a_fresh_jvm(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("project");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("generator/target"));
        Files.copy(ROOT.resolve("bin/policy"), root.resolve("bin/policy"));
        Path jar = Files.copy(ROOT.resolve("generator/target/policy.jar"), root.resolve("generator/target/policy.jar"));
        Path run = Files.createDirectory(dir.resolve("run"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = Map.of("POLICY_DAEMON", "on", "XDG_RUNTIME_DIR", run.toString());
        String[] check = {"check", "--content", ROOT.resolve("content").toString()};
        try {
            Result expected = plain(root, check);
            assertSame(expected, launcher(root, env, check), "the first command");
            int before = commandsRun(root, env);
            assertSame(expected, launcher(root, env, check), "through the daemon");
            assertEquals(before + 1, commandsRun(root, env));

            Files.setLastModifiedTime(jar, FileTime.from(Instant.now())); // seconds after the daemon started
            assertSame(plain(root, check), launcher(root, env, check), "after the jar was rebuilt");
            assertEquals(0, commandsRun(root, env), "a new daemon, which has run nothing yet");

            String status = new String(launcher(root, env, "--daemon-status").out(), StandardCharsets.UTF_8);
            Path socket = Path.of(status.replaceFirst("(?s)^policy daemon: serving .* at (\\S+) since .*$", "$1"));
            assertEquals(0, launcher(root, env, "--stop-daemon").exit());
            try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                dead.bind(UnixDomainSocketAddress.of(socket)); // its file stays: a daemon that died
            }
            assertTrue(Files.exists(socket));
            assertSame(plain(root, check), launcher(root, env, check), "with the socket of a dead daemon");
            assertEquals(0, commandsRun(root, env), "a new daemon listens there");
        } finally {
            launcher(root, env, "--stop-daemon");
        }
    }

    /** The daemon's count of commands run, once it listens (it starts in the background: up to a minute). */
    private static int commandsRun(Map<String, String> env) throws Exception {
        return commandsRun(ROOT, env);
    }

    private static int commandsRun(Path root, Map<String, String> env) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = new String(launcher(root, env, "--daemon-status").out(), StandardCharsets.UTF_8);
            Matcher serving = SERVING.matcher(status);
            if (serving.matches()) {
                return Integer.parseInt(serving.group(1));
            }
            Thread.sleep(200); // waits for it to listen; what is measured is the count, not the time
        }
        throw new AssertionError("no daemon listened within a minute: " + status);
    }

    /**
     * A copy of the project with an archive of its own, made by bin/policy --make-archive, then spoilt in each way
     * that must not change a thing: deleted, emptied, cut short, overwritten, bytes flipped inside, the jar rebuilt
     * after it, the stamp garbled or naming another JDK.
     */
    @Test
    void a_missing_stale_or_corrupt_archive_falls_back_to_the_plain_jar(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("project");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("generator/target"));
        Files.createDirectories(root.resolve("examples"));
        Files.copy(ROOT.resolve("bin/policy"), root.resolve("bin/policy"));
        Files.copy(ROOT.resolve("generator/target/policy.jar"), root.resolve("generator/target/policy.jar"));
        Files.createSymbolicLink(root.resolve("content"), ROOT.resolve("content"));
        Files.createSymbolicLink(root.resolve("templates"), ROOT.resolve("templates"));
        Files.createSymbolicLink(root.resolve("examples/policy-history"), ROOT.resolve("examples/policy-history"));

        Result made = launcher(root, Map.of(), "--make-archive");
        assertEquals(0, made.exit(), made.text());
        Path archive = archive(root);
        assertTrue(archive != null, "--make-archive made an archive: " + made.text());
        assertTrue(usesArchive(root), "the copy's bin/policy uses the copy's archive");
        Path stamp = root.resolve("generator/target/policy.archive");
        Path jar = root.resolve("generator/target/policy.jar");
        byte[] good = Files.readAllBytes(archive);
        String goodStamp = Files.readString(stamp);
        FileTime jarTime = Files.getLastModifiedTime(jar);
        FileTime archiveTime = Files.getLastModifiedTime(archive);
        FileTime stampTime = Files.getLastModifiedTime(stamp);
        String[] check = {"check", "--content", ROOT.resolve("content").toString()};
        Result expected = plain(root, check);
        assertEquals(0, expected.exit(), expected.text());
        Result version = plain(root, "--version");

        // Those the launcher's own checks catch (size, times, stamp), and, with a stamp that matches the spoilt
        // archive's size and time, those left to the JVM (-XX:+VerifySharedSpaces, its header checks).
        List<Spoil> spoils = List.of(
                new Spoil("missing", false, () -> Files.delete(archive)),
                new Spoil("empty", false, () -> Files.write(archive, new byte[0])),
                new Spoil("cut short", false, () -> Files.write(archive, Arrays.copyOf(good, good.length / 2))),
                new Spoil("cut short, its time kept", false, () -> {
                    Files.write(archive, Arrays.copyOf(good, good.length / 2));
                    Files.setLastModifiedTime(archive, archiveTime);
                }),
                new Spoil("overwritten, same size", true, () -> Files.write(archive, noise(good.length, 1))),
                new Spoil("bytes flipped inside", true, () -> {
                    byte[] bytes = good.clone();
                    byte[] noise = noise(4096, 2);
                    for (int at : new int[] {bytes.length / 3, bytes.length / 2, 3 * bytes.length / 4}) {
                        System.arraycopy(noise, 0, bytes, at, Math.min(noise.length, bytes.length - at));
                    }
                    Files.write(archive, bytes);
                }),
                new Spoil("newer than its stamp", false, () -> Files.setLastModifiedTime(archive, later(stamp, 5))),
                new Spoil("older than the jar", false, () -> Files.setLastModifiedTime(jar, later(archive, 5))),
                new Spoil("of another jar", true, () -> Files.setLastModifiedTime(jar, FileTime.from(
                        jarTime.toInstant().minusSeconds(5)))),
                new Spoil("stamp garbled", false, () -> Files.writeString(stamp, "garbage\n")),
                new Spoil("stamp for another JDK", false, () -> Files.writeString(stamp,
                        goodStamp.replaceFirst(" \\S+ /", " 17.0.0+1 /"))),
                new Spoil("stamp for another kind", false, () -> {
                    Path other = root.resolve("generator/target/policy." + (archive.toString().endsWith("jsa") ? "aot" : "jsa"));
                    Files.write(other, good);
                    Files.writeString(stamp, goodStamp.startsWith("cds") ? goodStamp.replaceFirst("^cds", "aot")
                            : goodStamp.replaceFirst("^aot", "cds"));
                }));
        for (Spoil spoil : spoils) {
            Files.write(archive, good);
            Files.writeString(stamp, goodStamp);
            Files.setLastModifiedTime(jar, jarTime);
            Files.setLastModifiedTime(archive, archiveTime);
            Files.setLastModifiedTime(stamp, stampTime);
            assertTrue(usesArchive(root), "restored before: " + spoil.name());
            spoil.action().run();
            if (spoil.pastTheLauncher()) {
                Files.writeString(stamp, goodStamp.replaceFirst("^(\\S+) \\d+ ", "$1 " + Files.size(archive) + " "));
                Files.setLastModifiedTime(stamp, later(archive, 1));
            }
            assertSame(expected, launcher(root, Map.of(), check), "archive " + spoil.name());
            assertSame(version, launcher(root, Map.of(), "--version"), "archive " + spoil.name());
        }
        Files.write(archive, good);
        Files.writeString(stamp, goodStamp);
        Files.setLastModifiedTime(jar, jarTime);
        Files.setLastModifiedTime(archive, archiveTime);
        Files.setLastModifiedTime(stamp, stampTime);
        try (Stream<Path> crashes = Files.list(ROOT)) {
            assertEquals(List.of(), crashes.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList());
        }

        // Run through a symbolic link from elsewhere, it still finds its project.
        Path link = dir.resolve("policy");
        Files.createSymbolicLink(link, root.resolve("bin/policy"));
        Result linked = exec(ROOT, Map.of(), List.of(link.toString(), "--version"));
        assertSame(version, linked, "through a symbolic link");
    }

    interface Action {
        void run() throws IOException;
    }

    /** A way to spoil the archive; pastTheLauncher: the stamp is made to match, so that the JVM must catch it. */
    record Spoil(String name, boolean pastTheLauncher, Action action) {}

    private static byte[] noise(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static FileTime later(Path file, int seconds) throws IOException {
        return FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(seconds));
    }

    private static String[] concat(String[] head, String last) {
        String[] all = Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }
}
