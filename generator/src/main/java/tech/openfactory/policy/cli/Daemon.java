package tech.openfactory.policy.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import jdk.net.ExtendedSocketOptions;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;

/**
 * Not a command: the tool kept running between commands, so that bin/policy's second {@code check} pays neither a
 * JVM's start nor cold code. bin/policy starts one per folder, jar, Java, locale, time zone and umask, in the
 * background, the first time it runs there (README, "The command line"); {@link DaemonClient} then hands it each
 * command line.
 *
 * <p>A command runs here exactly as {@code java -jar policy.jar} runs it in the same folder: {@link
 * PolicyCommand#execute} with fresh objects, reading every file anew (nothing of one command is kept for the next),
 * its two streams sent back byte for byte, encoded as {@code System.out} would encode them, its help coloured as
 * picocli decided in the client. Commands run one at a time, in the order they arrive. The daemon refuses, and runs
 * nothing, for a client in another folder, of another protocol version or for a jar other than its own (then it
 * stops, and bin/policy starts a new one); it stops after {@code idle} without a command, or when asked
 * ({@code bin/policy --stop-daemon}).
 *
 * <p>Only its user can reach it: the socket is in a folder only they may enter, which it checks before listening,
 * and it answers no connection from another user.
 */
public final class Daemon {
    /** How long a new daemon waits for the one it replaces to let go of the lock. */
    private static final Duration TAKE_OVER = Duration.ofSeconds(5);
    /** How long a client may take to send its request. */
    private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);

    private final ServerSocketChannel server;
    private final Path socket;
    private final String folder;
    private final String stamp;
    /** This JVM's user: the only one whose connections are answered. */
    private final UserPrincipal user;
    private final LongSupplier nanoTime;
    private final Duration idle;
    private final ReentrantLock running = new ReentrantLock(true);
    private final Instant started = Instant.now();
    private volatile long lastUsed;
    private volatile boolean stopping;
    private final AtomicInteger served = new AtomicInteger();
    private final Set<Thread> requests = ConcurrentHashMap.newKeySet();

    private Daemon(ServerSocketChannel server, Path socket, String folder, String stamp, LongSupplier nanoTime,
            Duration idle, UserPrincipal user) {
        this.server = server;
        this.socket = socket;
        this.folder = folder;
        this.stamp = stamp;
        this.user = user;
        this.nanoTime = nanoTime;
        this.idle = idle;
        this.lastUsed = nanoTime.getAsLong();
    }

    /**
     * Listens at {@code socket} (a stale socket file there is replaced) for clients in {@code folder} that mean the
     * jar this JVM loaded, whose {@link DaemonProtocol#stamp} was {@code stamp} when it started. The caller holds the
     * socket's lock ({@link #lock}).
     */
    static Daemon listen(Path socket, String folder, String stamp, LongSupplier nanoTime, Duration idle)
            throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return new Daemon(server, socket, folder, stamp, nanoTime, idle, Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS));
    }

    /** {@code Daemon SOCKET IDLE-MINUTES}, in the folder it serves, with the jar on its class path and nothing else. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Daemon SOCKET IDLE-MINUTES");
            System.exit(ExitCode.USAGE.code());
        }
        Path socket = Path.of(args[0]).toAbsolutePath();
        Duration idle = Duration.ofMinutes(Long.parseLong(args[1]));
        // Taken before anything else: a jar rebuilt from here on is not the one this JVM runs.
        String jarStamp = DaemonProtocol.stamp(Path.of(System.getProperty("java.class.path")));
        String problem = privateFolder(socket.getParent());
        if (problem != null) {
            System.err.println("policy daemon: " + problem + "; not started");
            System.exit(ExitCode.USAGE.code());
        }
        try (FileChannel lockFile = FileChannel.open(lockPath(socket), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lock(lockFile)) {
            if (lock == null) {
                return; // another daemon serves this socket, or is starting to
            }
            Daemon daemon = listen(socket, Path.of("").toAbsolutePath().toString(), jarStamp, System::nanoTime, idle);
            Thread watch = new Thread(() -> daemon.watch(Duration.ofMinutes(1)), "policy-daemon-idle");
            watch.setDaemon(true);
            watch.start();
            Thread warm = new Thread(daemon::warmUp, "policy-daemon-warm-up");
            warm.setDaemon(true);
            warm.start();
            daemon.serve();
            daemon.awaitRequests(Duration.ofSeconds(10));
            warm.join();
        }
        System.exit(0);
    }

    /** Why {@code folder} is no place for the socket, or null: it must be a real folder of this user, for them only. */
    static String privateFolder(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder + " is not a folder";
        }
        if (!Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(ownUser())) {
            return folder + " belongs to another user";
        }
        if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
                .equals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE))) {
            return folder + " may be entered by other users (chmod 700 it)";
        }
        return null;
    }

    /** This JVM's user, as the owner of a file it makes (a user id without a name is still that user). */
    private static UserPrincipal ownUser() throws IOException {
        Path probe;
        try {
            probe = Files.createTempFile("policy-daemon", ".owner");
        } catch (IOException e) {
            // No temporary file to be had (a full or read-only /tmp): the user's name, as Java knows it.
            return FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        }
        try {
            return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    static Path lockPath(Path socket) {
        return socket.resolveSibling(socket.getFileName() + ".lock");
    }

    /** The socket's lock, waiting a little for a daemon that is stopping; null when another one keeps it. */
    static FileLock lock(FileChannel file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TAKE_OVER.toNanos();
        while (true) {
            FileLock lock = file.tryLock();
            if (lock != null || System.nanoTime() > deadline) {
                return lock;
            }
            Thread.sleep(50);
        }
    }

    /**
     * Answers requests until stopped, each on its own thread, so that a client that connects and says nothing holds
     * up no other; the commands themselves still run one at a time.
     */
    void serve() {
        while (!stopping) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                break; // stopped
            } catch (IOException e) {
                System.err.println("policy daemon: " + e);
                stop();
                break;
            }
            Thread thread = new Thread(() -> {
                try {
                    answer(client);
                } finally {
                    requests.remove(Thread.currentThread());
                }
            }, "policy-daemon-request");
            thread.setDaemon(true);
            requests.add(thread);
            thread.start();
        }
    }

    /**
     * Waits for the commands taken before the daemon stopped to end (a command that started ends as it would have),
     * then gives their output {@code grace} to reach clients: one that stopped reading keeps no daemon alive.
     */
    void awaitRequests(Duration grace) throws InterruptedException {
        running.lock(); // fair: the requests waiting go first, and refuse, since the daemon is stopping
        running.unlock();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : List.copyOf(requests)) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    /** Stops when {@code idle} has passed without a command; checked every {@code every}. */
    private void watch(Duration every) {
        while (!stopping) {
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            stopIfIdle();
        }
    }

    /** Stops the daemon if no command ran for {@code idle}; whether it did. */
    boolean stopIfIdle() {
        if (!running.isLocked() && nanoTime.getAsLong() - lastUsed >= idle.toNanos()) {
            stop();
            return true;
        }
        return false;
    }

    /** Stops listening and removes the socket; a command running finishes first. */
    void stop() {
        stopping = true;
        try {
            // The file first: a client never finds it with nobody listening because of this daemon.
            Files.deleteIfExists(socket);
            server.close();
        } catch (IOException e) {
            System.err.println("policy daemon: " + e);
        }
    }

    boolean stopped() {
        return stopping;
    }

    /** The lock each command holds while it runs: a seam, so that a test can keep a command waiting. */
    ReentrantLock commands() {
        return running;
    }

    /** One line: the folder, the socket, since when, how many commands ran. */
    String status() {
        int n = served.get();
        return "policy daemon: serving " + folder + " at " + socket + " since " + started.truncatedTo(
                ChronoUnit.SECONDS) + "; " + n + (n == 1 ? " command" : " commands") + " run";
    }

    private void answer(SocketChannel client) {
        // A request is a few hundred bytes: one not read by then is from a client that hung or died while writing.
        Timer deadline = new Timer("policy-daemon-request-deadline", true);
        deadline.schedule(new TimerTask() {
            @Override
            public void run() {
                close(client);
            }
        }, REQUEST_DEADLINE.toMillis());
        try (client) {
            if (!client.getOption(ExtendedSocketOptions.SO_PEERCRED).user().equals(user)) {
                return; // the folder keeps others out; this is for the day it does not
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            if (in.readInt() != DaemonProtocol.MAGIC) {
                return; // not a client of the tool
            }
            int version = in.readInt();
            if (version != DaemonProtocol.VERSION) {
                // The tool was rebuilt with another protocol: its bin/policy starts a daemon of its own version.
                deadline.cancel();
                refuse(out, "this daemon speaks version " + DaemonProtocol.VERSION + ", the client " + version);
                stop();
                return;
            }
            DaemonProtocol.Request kind = DaemonProtocol.Request.of(in.readByte());
            if (kind == null) {
                return;
            }
            switch (kind) {
                case STOP -> {
                    deadline.cancel();
                    stop();
                }
                case STATUS -> {
                    deadline.cancel();
                    byte[] line = status().getBytes(StandardCharsets.UTF_8);
                    DaemonProtocol.writeFrame(out, DaemonProtocol.Frame.OUT, line, 0, line.length);
                    DaemonProtocol.writeExit(out, ExitCode.OK.code());
                    out.flush();
                }
                case RUN -> {
                    String cwd = DaemonProtocol.readString(in);
                    String jar = DaemonProtocol.readString(in);
                    List<String> args = DaemonProtocol.readArgs(in);
                    boolean ansi = in.readBoolean();
                    deadline.cancel();
                    if (!cwd.equals(folder)) {
                        refuse(out, "this daemon runs commands in " + folder + ", not in " + cwd);
                    } else if (!jar.equals(stamp)) {
                        refuse(out, "the jar was rebuilt since this daemon started");
                        stop();
                    } else {
                        run(args, ansi, out);
                    }
                }
            }
        } catch (IOException e) {
            // The client went away (Ctrl-C), sent garbage or too slowly: nothing to answer.
        } finally {
            deadline.cancel();
        }
    }

    private static void close(SocketChannel client) {
        try {
            client.close();
        } catch (IOException e) {
            // Closing is all that was left to do.
        }
    }

    private static void refuse(DataOutputStream out, String why) throws IOException {
        byte[] reason = why.getBytes(StandardCharsets.UTF_8);
        DaemonProtocol.writeFrame(out, DaemonProtocol.Frame.REFUSED, reason, 0, reason.length);
        out.flush();
    }

    private void run(List<String> args, boolean ansi, DataOutputStream out) throws IOException {
        // The output is kept here and sent once the command ended and let go of the lock: a client that reads
        // slowly (a pager, Ctrl-Z) holds up no other command.
        Frames frames = new Frames();
        PrintWriter stdout = frames.writer(DaemonProtocol.Frame.OUT);
        PrintWriter stderr = frames.writer(DaemonProtocol.Frame.ERR);
        int code;
        running.lock();
        try {
            // Checked here, under the lock, so that a request that waited for it sees what happened meanwhile.
            if (stopping) {
                // It stopped while this waited (an Error, a rebuilt jar, --stop-daemon): the client runs it.
                refuse(out, "this daemon stopped");
                return;
            }
            if (!stillIn(folder)) {
                // Moved away and another put in its place: relative paths would reach the old one.
                refuse(out, folder + " is another folder than the one this daemon started in");
                stop();
                return;
            }
            DaemonProtocol.writeFrame(out, DaemonProtocol.Frame.STARTED, new byte[0], 0, 0);
            out.flush();
            code = PolicyCommand.execute(args.toArray(String[]::new), stdout, stderr,
                    ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
        } catch (IOException e) {
            return; // the client left before the command started: it did not run
        } catch (RuntimeException | Error e) {
            // execute reports the commands' own failures; this is one of its own, or the JVM's (out of memory).
            stderr.println("policy: internal error: " + e + "; please report it with the command you ran");
            code = ExitCode.INTERNAL_ERROR.code();
            if (e instanceof Error) {
                stop(); // a JVM in that state should not run the next command
            }
        } finally {
            lastUsed = nanoTime.getAsLong();
            running.unlock();
        }
        served.incrementAndGet();
        stdout.flush();
        stderr.flush();
        frames.writeTo(out, code);
    }

    /** Whether the folder at {@code path} is still the one this JVM works in (the same file, not just the name). */
    private static boolean stillIn(String path) {
        try {
            Object here = Files.readAttributes(Path.of("."), BasicFileAttributes.class).fileKey();
            Object there = Files.readAttributes(Path.of(path), BasicFileAttributes.class).fileKey();
            return here != null && here.equals(there);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs the commands people run most, on this folder's content with their output discarded and the site built
     * into a temporary folder, a few times, so that the first real command finds compiled code. A real command
     * waiting goes first (the lock is fair); nothing of this is kept.
     */
    private void warmUp() {
        if (!Files.isRegularFile(Path.of("content", "privacy", "policy.yaml"))) {
            return; // a folder without the default content: its commands name their own
        }
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
        Path site = null;
        try {
            site = Files.createTempDirectory("policy-daemon-warm-up");
            List<List<String>> lines = List.of(List.of("check"), List.of("diff"),
                    List.of("build", "--out", site.resolve("site").toString()));
            for (int round = 0; round < 3 && !stopping; round++) {
                for (List<String> line : lines) {
                    running.lock();
                    try {
                        if (stopping) {
                            return;
                        }
                        PolicyCommand.execute(line.toArray(String[]::new), discard, discard);
                    } finally {
                        running.unlock();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Warming up is a courtesy: a failure here leaves the commands to warm the code themselves.
        } finally {
            if (site != null) {
                try {
                    PathUtils.deleteDirectory(site);
                } catch (IOException e) {
                    System.err.println("policy daemon: could not remove " + site + ": " + e);
                }
            }
        }
    }

    /** A command's two streams, as frames in memory, in the order they were flushed; sent when it ended. */
    private static final class Frames {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        PrintWriter writer(DaemonProtocol.Frame frame) {
            OutputStream stream = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] chunk, int offset, int length) {
                    send(frame, chunk, offset, length);
                }
            };
            // As `new PrintWriter(System.out, true)` encodes: System.out's charset (stdout.encoding, Java 18 on),
            // else the default charset; flushed at each line, so that the two streams keep their order.
            String encoding = System.getProperty(frame == DaemonProtocol.Frame.OUT ? "stdout.encoding" : "stderr.encoding");
            Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
            return new PrintWriter(new OutputStreamWriter(stream, charset), true);
        }

        synchronized void send(DaemonProtocol.Frame frame, byte[] chunk, int offset, int length) {
            if (length > 0) {
                try {
                    DaemonProtocol.writeFrame(out, frame, chunk, offset, length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
                }
            }
        }

        synchronized void writeTo(DataOutputStream client, int code) throws IOException {
            bytes.writeTo(client);
            DaemonProtocol.writeExit(client, code);
            client.flush();
        }
    }
}
