package tech.openfactory.policy.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What {@link DaemonClient} and {@link Daemon} say to each other over the daemon's Unix socket, defined once. Uses
 * nothing but the JDK: the client loads this class and no other of the tool's.
 *
 * <p>A request: {@link #MAGIC}, {@link #VERSION}, its {@link Request} kind; for {@code RUN} then the client's
 * working folder, the stamp of the jar it means ({@link #stamp}), the command line (each string as a length and
 * UTF-8 bytes) and one byte, 1 when picocli colours help in the client's terminal. The reply: frames of a {@link
 * Frame} kind, a length and that many bytes: {@code STARTED} when the command is sure to run, its output, and last
 * {@code EXIT}; or {@code REFUSED} alone.
 */
final class DaemonProtocol {
    /** The first bytes of every request; anything else on the socket is refused unread. */
    static final int MAGIC = 0x4F465044; // "OFPD"
    /** Bumped when the bytes change: a client and a daemon of different versions never talk. */
    static final int VERSION = 1;
    /**
     * The client's exit code when the daemon ran nothing (no daemon, a stale socket, a refusal): bin/policy then
     * runs the command itself. No {@link ExitCode} is this; {@code DaemonTest} holds it to that.
     */
    static final int NOT_SERVED = 255;
    /** No string of a request is longer: a command line is short, a corrupt length is not read as 2 GB. */
    static final int MAX_STRING = 1 << 20;

    /** A request's kind, by its byte on the wire (never its ordinal: a code once given keeps its meaning). */
    enum Request {
        /** Run the command line, as {@code java -jar policy.jar} would, in the daemon's working folder. */
        RUN(1),
        /** Stop the daemon now. */
        STOP(2),
        /** Say what it serves and how many commands it ran, as one line on {@code OUT}. */
        STATUS(3);

        final int code;

        Request(int code) {
            this.code = code;
        }

        static Request of(int code) {
            return byCode(values(), request -> request.code, code);
        }
    }

    /**
     * A reply frame's kind, by its byte on the wire. {@code REFUSED} keeps its code and layout in every version: it
     * is how a daemon tells a client of another version to run the command itself.
     */
    enum Frame {
        /** Bytes the command wrote to standard output. */
        OUT(1),
        /** Bytes the command wrote to standard error. */
        ERR(2),
        /** The command ended: four bytes, its exit code. The last frame. */
        EXIT(3),
        /** The daemon ran nothing, for the reason given in UTF-8 (another folder, a rebuilt jar). The last frame. */
        REFUSED(4),
        /**
         * Empty: the command is sure to run now. A connection lost before it means nothing ran (the client runs the
         * command itself); after it, the command may have done part of its work, and is never run twice.
         */
        STARTED(5);

        final int code;

        Frame(int code) {
            this.code = code;
        }

        static Frame of(int code) {
            return byCode(values(), frame -> frame.code, code);
        }
    }

    private DaemonProtocol() {
    }

    /** The value whose wire code is {@code code}, or null: a byte no version gave a meaning. */
    private static <E> E byCode(E[] values, ToIntFunction<E> codeOf, int code) {
        for (E value : values) {
            if (codeOf.applyAsInt(value) == code) {
                return value;
            }
        }
        return null;
    }

    /** The jar as it is now: its path, size and modification time. A rebuilt jar has another stamp. */
    static String stamp(Path jar) throws IOException {
        Path real = jar.toRealPath();
        return real + " " + Files.size(real) + " " + Files.getLastModifiedTime(real).toMillis();
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("a string of " + length + " bytes in a request");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The start of every request: who is asking, in which version, for what. */
    static void writeHead(DataOutputStream out, Request kind) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeByte(kind.code);
    }

    static void writeFrame(DataOutputStream out, Frame frame, byte[] bytes, int offset, int length) throws IOException {
        out.writeByte(frame.code);
        out.writeInt(length);
        out.write(bytes, offset, length);
    }

    /** The last frame of a command: its exit code, four bytes. */
    static void writeExit(DataOutputStream out, int code) throws IOException {
        out.writeByte(Frame.EXIT.code);
        out.writeInt(Integer.BYTES);
        out.writeInt(code);
    }

    static Frame readFrameKind(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            throw new EOFException("the daemon closed the connection before the command ended");
        }
        Frame frame = Frame.of(kind);
        if (frame == null) {
            throw new IOException("unknown frame " + kind);
        }
        return frame;
    }

    /** A request's command line. */
    static void writeArgs(DataOutputStream out, List<String> args) throws IOException {
        out.writeInt(args.size());
        for (String arg : args) {
            writeString(out, arg);
        }
    }

    static List<String> readArgs(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException(n + " arguments in a request");
        }
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(readString(in));
        }
        return args;
    }
}
