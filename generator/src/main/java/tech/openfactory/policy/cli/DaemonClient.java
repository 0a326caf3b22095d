package tech.openfactory.policy.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jdk.net.ExtendedSocketOptions;
import picocli.CommandLine;

/**
 * Not a command: the small program bin/policy starts instead of the tool when a {@link Daemon} is listening. It
 * hands the daemon the command line and copies what comes back to its own streams and exit code, byte for byte.
 * It loads nothing of the tool but {@link DaemonProtocol} (and, of picocli, the class that decides whether the
 * terminal takes colours), so it starts nearly as fast as a JVM can.
 *
 * <pre>
 *   DaemonClient SOCKET JAR ARGS...   run ARGS (exit 255: nothing ran, run the tool yourself)
 *   DaemonClient --stop SOCKET        stop the daemon at SOCKET, if any
 *   DaemonClient --status SOCKET      say whether one runs there, what it serves and what it did
 * </pre>
 */
public final class DaemonClient {
    /** What a command whose daemon went away says; it may have done part of its work, so it is not run again. */
    static final String STOPPED = "policy: the daemon stopped before the command ended; run it again, or with"
            + " POLICY_DAEMON=off\n";

    private DaemonClient() {
    }

    public static void main(String[] args) {
        int code;
        if (args.length == 2 && args[0].equals("--stop")) {
            code = stop(Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals("--status")) {
            code = status(Path.of(args[1]), System.out);
        } else if (args.length >= 2) {
            code = run(Path.of(args[0]), Path.of(args[1]), Path.of("").toAbsolutePath(),
                    Arrays.asList(args).subList(2, args.length), System.out, System.err);
        } else {
            System.err.println("usage: DaemonClient SOCKET JAR ARGS... | DaemonClient --stop SOCKET"
                    + " | DaemonClient --status SOCKET");
            code = ExitCode.USAGE.code();
        }
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs {@code args} in the daemon at {@code socket}, as the tool in {@code jar} would run them in {@code cwd}.
     * Returns the command's exit code, or {@link DaemonProtocol#NOT_SERVED} when nothing ran: no daemon answers, or
     * it refused (another folder, another jar). Once the daemon took the command, it is never run twice: a
     * connection lost before the end is an internal error.
     */
    static int run(Path socket, Path jar, Path cwd, List<String> args, OutputStream out, OutputStream err) {
        return run(socket, jar, cwd, args, colours(), out, err);
    }

    /**
     * Whether picocli would colour help here. Its rule, off Windows: never with NO_COLOR, always with CLICOLOR_FORCE,
     * otherwise only on a terminal. So without a terminal and without CLICOLOR_FORCE the answer is no, and picocli's
     * class that works it out is not loaded (a tenth of this client's start); otherwise it is asked.
     */
    static boolean colours() {
        if (System.console() == null && System.getenv("CLICOLOR_FORCE") == null && System.getProperty("picocli.ansi") == null
                && !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("win")) {
            return false;
        }
        return CommandLine.Help.Ansi.AUTO.enabled();
    }

    /** As above, with help coloured or not as {@code ansi} says (picocli's decision, made here, in the client). */
    static int run(Path socket, Path jar, Path cwd, List<String> args, boolean ansi, OutputStream out,
            OutputStream err) {
        String stamp;
        SocketChannel channel;
        boolean started = false;
        try {
            stamp = DaemonProtocol.stamp(jar);
            channel = connect(socket);
        } catch (IOException | RuntimeException e) {
            return DaemonProtocol.NOT_SERVED;
        }
        try (channel) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            DaemonProtocol.writeHead(request, DaemonProtocol.Request.RUN);
            DaemonProtocol.writeString(request, cwd.toString());
            DaemonProtocol.writeString(request, stamp);
            DaemonProtocol.writeArgs(request, args);
            request.writeBoolean(ansi);
            request.flush();
            DataInputStream reply = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            byte[] buffer = new byte[8192];
            while (true) {
                DaemonProtocol.Frame frame = DaemonProtocol.readFrameKind(reply);
                int length = reply.readInt();
                switch (frame) {
                    case OUT, ERR -> {
                        OutputStream to = frame == DaemonProtocol.Frame.OUT ? out : err;
                        copy(reply, length, to, buffer);
                        to.flush();
                    }
                    case EXIT -> {
                        return reply.readInt();
                    }
                    case REFUSED -> {
                        return DaemonProtocol.NOT_SERVED;
                    }
                    case STARTED -> started = true;
                }
            }
        } catch (IOException e) {
            if (!started) {
                return DaemonProtocol.NOT_SERVED; // it stopped before it took the command: nothing ran
            }
            try {
                out.flush();
                err.write(STOPPED.getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException ignored) {
                // Nowhere left to say it; the exit code still does.
            }
            return ExitCode.INTERNAL_ERROR.code();
        }
    }

    /** Asks the daemon at {@code socket} to stop; 0 whether one was running or not. */
    static int stop(Path socket) {
        try (SocketChannel channel = connect(socket)) {
            ask(channel, DaemonProtocol.Request.STOP);
            // Wait for the daemon to close its end: it has stopped listening by then.
            Channels.newInputStream(channel).read();
        } catch (IOException | RuntimeException e) {
            // No daemon there: nothing to stop.
        }
        return ExitCode.OK.code();
    }

    /** Prints what the daemon at {@code socket} serves, or that none runs there; 0 either way. */
    static int status(Path socket, PrintStream out) {
        String line = "policy daemon: none at " + socket;
        try (SocketChannel channel = connect(socket)) {
            ask(channel, DaemonProtocol.Request.STATUS);
            DataInputStream reply = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            if (DaemonProtocol.readFrameKind(reply) == DaemonProtocol.Frame.OUT) {
                byte[] text = new byte[reply.readInt()];
                reply.readFully(text);
                line = new String(text, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // None answers there: the line says so.
        }
        out.println(line);
        return ExitCode.OK.code();
    }

    /**
     * A connection to the daemon at {@code socket}, if it is the user's who owns the socket's folder (bin/policy
     * checked that is its own user): never one another user put there.
     */
    private static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        if (!channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user()
                .equals(Files.getOwner(socket.toAbsolutePath().getParent(), LinkOption.NOFOLLOW_LINKS))) {
            channel.close();
            throw new IOException("the daemon at " + socket + " is another user's");
        }
        return channel;
    }

    private static void ask(SocketChannel channel, DaemonProtocol.Request kind) throws IOException {
        DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        DaemonProtocol.writeHead(request, kind);
        request.flush();
    }

    private static void copy(DataInputStream in, int length, OutputStream out, byte[] buffer) throws IOException {
        int left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the daemon closed the connection mid-frame");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}
