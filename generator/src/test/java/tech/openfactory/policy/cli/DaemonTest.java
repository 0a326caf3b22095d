package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tech.openfactory.policy.site.Project;

/**
 * The daemon and its client in this JVM, over a real Unix socket: what comes back is what {@link PolicyCommand#execute}
 * prints and returns, byte for byte, and the daemon runs nothing it should refuse. The idle clock is a seam: no test
 * here waits for time to pass.
 */
class DaemonTest {
    private static final Path ROOT = Project.root();
    private static final Duration IDLE = Duration.ofMinutes(30);
    /** The folder the client says it is in: the daemon serves this JVM's working folder. */
    private static final Path HERE = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private Path socket;
    private Path jar;
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private Daemon daemon;
    private Thread serving;

    /** One run: exit code and both streams, byte for byte. */
    record Result(int exit, byte[] out, byte[] err) {
        String text() {
            return "exit " + exit + "\n" + new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void start() throws IOException {
        Path run = Files.createDirectory(dir.resolve("run"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        socket = run.resolve("d.sock");
        jar = Files.writeString(dir.resolve("policy.jar"), "the jar");
        daemon = Daemon.listen(socket, HERE.toString(), DaemonProtocol.stamp(jar), clock::get, IDLE);
        serving = new Thread(daemon::serve, "daemon-under-test");
        serving.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        daemon.stop();
        serving.join(10_000);
        daemon.awaitRequests(Duration.ofSeconds(10));
    }

    private Result viaDaemon(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DaemonClient.run(socket, jar, cwd, List.of(args), out, err);
        return new Result(exit, out.toByteArray(), err.toByteArray());
    }

    /** As {@code java -jar policy.jar} prints: PolicyCommand.main's writers, over the default charset. */
    private static Result direct(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PolicyCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toByteArray(), err.toByteArray());
    }

    private static void assertSame(Result expected, Result actual, String what) {
        assertEquals(expected.text(), actual.text(), what);
        assertArrayEquals(expected.out(), actual.out(), what + ": stdout");
        assertArrayEquals(expected.err(), actual.err(), what + ": stderr");
    }

    @Test
    void prints_and_exits_as_the_command_run_in_process() {
        String content = ROOT.resolve("content").toString();
        String history = ROOT.resolve("examples/policy-history/content").toString();
        List<String[]> lines = List.of(
                new String[] {"check", "--content", content},
                new String[] {"check", "--content", history, "--format", "github"},
                new String[] {"lint", "--content", content, "--as-of", "2026-12-01"},
                new String[] {"diff", "--content", history},
                new String[] {"translations", "status", "--content", history},
                new String[] {"--version"},
                new String[] {"--help"},
                new String[] {"check", "--contnet", content},
                new String[] {"check", "--content", dir.resolve("none").toString()},
                new String[] {});
        for (String[] line : lines) {
            assertSame(direct(line), viaDaemon(HERE, line), String.join(" ", line));
        }
        assertTrue(daemon.status().endsWith("; " + lines.size() + " commands run"), daemon.status());
    }

    @Test
    void a_broken_policy_gets_its_errors_and_exit_code_from_the_daemon() throws IOException {
        Path content = dir.resolve("content");
        copy(ROOT.resolve("content"), content);
        Path policy = content.resolve("privacy/policy.yaml");
        Files.writeString(policy, Files.readString(policy).replaceFirst("minimumAge: \\d+", "minimumAge: 400"));
        String[] line = {"check", "--content", content.toString()};
        Result direct = direct(line);
        assertEquals(ExitCode.POLICY_ERRORS.code(), direct.exit(), direct.text());
        assertSame(direct, viaDaemon(HERE, line), "check of a broken policy");
    }

    @Test
    void builds_the_same_site_byte_for_byte() throws IOException {
        Path viaDaemon = dir.resolve("a");
        Path direct = dir.resolve("b");
        String[] common = {"build", "--content", ROOT.resolve("content").toString(), "--templates",
                ROOT.resolve("templates").toString(), "--as-of", "2026-12-01", "--out"};
        Result served = viaDaemon(HERE, concat(common, viaDaemon.toString()));
        Result ran = direct(concat(common, direct.toString()));
        assertEquals(ExitCode.OK.code(), served.exit(), served.text());
        assertEquals(new String(ran.out(), StandardCharsets.UTF_8).replace(direct.toString(), viaDaemon.toString()),
                new String(served.out(), StandardCharsets.UTF_8));
        Map<String, byte[]> a = files(viaDaemon);
        Map<String, byte[]> b = files(direct);
        assertEquals(b.keySet(), a.keySet());
        assertTrue(a.size() > 5, a.keySet().toString());
        for (String file : a.keySet()) {
            assertArrayEquals(b.get(file), a.get(file), file);
        }
    }

    @Test
    void refuses_a_client_in_another_folder_and_runs_nothing() {
        Path out = dir.resolve("site");
        Result result = viaDaemon(dir, "build", "--content", ROOT.resolve("content").toString(), "--templates",
                ROOT.resolve("templates").toString(), "--out", out.toString());
        assertEquals(DaemonProtocol.NOT_SERVED, result.exit());
        assertEquals("", result.text().substring("exit 255\n".length()));
        assertFalse(Files.exists(out));
        assertFalse(daemon.stopped(), "a client elsewhere is no reason to stop");
    }

    @Test
    void refuses_a_rebuilt_jar_and_stops() throws Exception {
        Files.writeString(jar, "the jar, rebuilt");
        Result result = viaDaemon(HERE, "--version");
        assertEquals(DaemonProtocol.NOT_SERVED, result.exit());
        assertEquals(0, result.out().length + result.err().length);
        serving.join(10_000);
        daemon.awaitRequests(Duration.ofSeconds(10));
        assertTrue(daemon.stopped());
        assertFalse(Files.exists(socket), "the socket is removed");
    }

    @Test
    void stops_once_idle_for_the_idle_time_and_not_before() throws Exception {
        assertEquals(ExitCode.OK.code(), viaDaemon(HERE, "--version").exit());
        clock.addAndGet(IDLE.toNanos() - 1);
        assertFalse(daemon.stopIfIdle());
        assertEquals(ExitCode.OK.code(), viaDaemon(HERE, "--version").exit(), "a command resets the idle time");
        clock.addAndGet(IDLE.toNanos() - 1);
        assertFalse(daemon.stopIfIdle());
        clock.addAndGet(1);
        assertTrue(daemon.stopIfIdle());
        serving.join(10_000);
        assertFalse(serving.isAlive());
        assertEquals(DaemonProtocol.NOT_SERVED, viaDaemon(HERE, "--version").exit(), "no daemon: bin/policy runs it");
    }

    @Test
    void stop_and_status_through_the_client() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DaemonClient.status(socket, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).matches("policy daemon: serving \\Q" + HERE + "\\E at \\Q"
                + socket + "\\E since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ; 0 commands run\n"), printed.toString());
        assertEquals(ExitCode.OK.code(), DaemonClient.stop(socket));
        serving.join(10_000);
        assertFalse(serving.isAlive());
        assertFalse(Files.exists(socket));
        printed.reset();
        DaemonClient.status(socket, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals("policy daemon: none at " + socket + "\n", printed.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCode.OK.code(), DaemonClient.stop(socket), "stopping none is no error");
    }

    @Test
    void a_command_that_waited_while_the_daemon_stopped_is_refused_not_run() throws Exception {
        Path out = dir.resolve("site");
        String[] build = {"build", "--content", ROOT.resolve("content").toString(), "--templates",
            ROOT.resolve("templates").toString(), "--out", out.toString()};
        daemon.commands().lock(); // a command running
        int[] exit = new int[1];
        Thread waiting = new Thread(() -> exit[0] = viaDaemon(HERE, build).exit());
        try {
            waiting.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!daemon.commands().hasQueuedThreads() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // until the request, checked and taken, waits for the lock
            }
            assertTrue(daemon.commands().hasQueuedThreads(), "the request waits for the command before it");
            daemon.stop();
        } finally {
            daemon.commands().unlock();
        }
        waiting.join(10_000);
        assertEquals(DaemonProtocol.NOT_SERVED, exit[0], "bin/policy runs it in a fresh JVM");
        assertFalse(Files.exists(out), "the stopped daemon ran nothing");
    }

    @Test
    void a_stale_socket_is_not_served() throws IOException {
        Path stale = dir.resolve("run/stale.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(stale));
        }
        assertTrue(Files.exists(stale), "the file of a socket nobody listens on");
        assertEquals(DaemonProtocol.NOT_SERVED, DaemonClient.run(stale, jar, HERE, List.of("--version"),
                new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    }

    @Test
    void a_client_that_says_nothing_holds_up_no_other() throws IOException {
        try (SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            // Well within the 10 s a silent client is given, after which even a one-at-a-time daemon would answer.
            Result served = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> viaDaemon(HERE, "--version"));
            assertSame(direct("--version"), served, "with a silent client connected");
        }
    }

    @Test
    void colours_help_as_picocli_decided_in_the_client() {
        for (boolean ansi : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = DaemonClient.run(socket, jar, HERE, List.of("check", "--help"), ansi, out, err);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            PolicyCommand.execute(new String[] {"check", "--help"}, new PrintWriter(expected, true),
                    new PrintWriter(new ByteArrayOutputStream(), true),
                    ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
            assertEquals(ExitCode.OK.code(), exit);
            assertEquals(expected.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
            assertEquals(ansi, out.toString(StandardCharsets.UTF_8).contains("\u001B["), "colours: " + ansi);
        }
    }

    @Test
    void a_daemon_of_another_version_refuses_and_stops() throws Exception {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
            out.writeInt(DaemonProtocol.MAGIC);
            out.writeInt(DaemonProtocol.VERSION + 1);
            out.flush();
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            assertEquals(DaemonProtocol.Frame.REFUSED, DaemonProtocol.readFrameKind(in));
            byte[] reason = new byte[in.readInt()];
            in.readFully(reason);
            assertEquals("this daemon speaks version " + DaemonProtocol.VERSION + ", the client "
                    + (DaemonProtocol.VERSION + 1), new String(reason, StandardCharsets.UTF_8));
        }
        serving.join(10_000);
        daemon.awaitRequests(Duration.ofSeconds(10));
        assertFalse(serving.isAlive(), "it stops, so that the rebuilt tool can start a daemon of its own version");
        assertFalse(Files.exists(socket));
    }

    @Test
    void a_connection_lost_mid_command_is_an_internal_error_and_never_run_twice() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = hangUpAfter(true, out, err);
        assertEquals(ExitCode.INTERNAL_ERROR.code(), exit);
        assertEquals("content/privacy/policy.yaml: val", out.toString(StandardCharsets.UTF_8));
        assertEquals("policy: the daemon stopped before the command ended; run it again, or with POLICY_DAEMON=off\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_connection_lost_before_the_command_started_is_not_served() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(DaemonProtocol.NOT_SERVED, hangUpAfter(false, out, err), "bin/policy runs it in a fresh JVM");
        assertEquals(0, out.size() + err.size());
    }

    /** A daemon that reads the request whole, says it started (or not), sends half a line and is gone. */
    private int hangUpAfter(boolean started, ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        Path other = dir.resolve("run/hangs-up.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(other));
            Thread hangUp = new Thread(() -> {
                try (SocketChannel client = server.accept()) {
                    // Reads the request whole (a daemon took the command), answers half a line and is gone.
                    DataInputStream in = new DataInputStream(Channels.newInputStream(client));
                    in.readInt();
                    in.readInt();
                    in.readByte();
                    DaemonProtocol.readString(in);
                    DaemonProtocol.readString(in);
                    DaemonProtocol.readArgs(in);
                    in.readBoolean();
                    if (started) {
                        DataOutputStream reply = new DataOutputStream(Channels.newOutputStream(client));
                        DaemonProtocol.writeFrame(reply, DaemonProtocol.Frame.STARTED, new byte[0], 0, 0);
                        byte[] half = "content/privacy/policy.yaml: val".getBytes(StandardCharsets.UTF_8);
                        DaemonProtocol.writeFrame(reply, DaemonProtocol.Frame.OUT, half, 0, half.length);
                        reply.flush();
                    }
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            hangUp.start();
            int exit = DaemonClient.run(other, jar, HERE, List.of("check"), out, err);
            hangUp.join();
            return exit;
        }
    }

    @Test
    void listens_only_in_a_folder_for_its_user_alone() throws IOException {
        Path open = Files.createDirectory(dir.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(open + " may be entered by other users (chmod 700 it)", Daemon.privateFolder(open));
        assertNull(Daemon.privateFolder(socket.getParent()));
        Path link = Files.createSymbolicLink(dir.resolve("link"), socket.getParent());
        assertEquals(link + " is not a folder", Daemon.privateFolder(link));
    }

    @Test
    void the_client_talks_only_to_a_daemon_of_the_user_whose_folder_holds_the_socket() throws IOException {
        UserPrincipalLookupService users = socket.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal me = Files.getOwner(socket.getParent());
        UserPrincipal nobody;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            Files.setOwner(socket.getParent(), nobody); // needs root: as another user's folder would be
        } catch (IOException e) {
            Assumptions.abort("cannot give a folder to another user here: " + e);
            return;
        }
        try {
            assertEquals(DaemonProtocol.NOT_SERVED, viaDaemon(HERE, "--version").exit());
        } finally {
            Files.setOwner(socket.getParent(), me);
        }
        assertEquals(ExitCode.OK.code(), viaDaemon(HERE, "--version").exit());
    }

    @Test
    void not_served_is_no_exit_code_of_the_tool() {
        for (ExitCode code : ExitCode.values()) {
            assertTrue(code.code() != DaemonProtocol.NOT_SERVED, code.name());
        }
    }

    private static String[] concat(String[] head, String last) {
        List<String> all = new ArrayList<>(List.of(head));
        all.add(last);
        return all.toArray(String[]::new);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        PathUtils.copyDirectory(from, to);
    }
}
