package tech.openfactory.policy.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationObserver;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.Problem;

/**
 * A preview of the site for editors, on 127.0.0.1 only: the same files {@code build} writes, rendered in memory
 * and rendered again whenever something under content/ or templates/ changes. While the policy has errors, every
 * page shows them, each with its file:line:col.
 *
 * <p>Each render publishes one immutable {@link Snapshot}, the files or the failure, through one volatile field;
 * a request reads it once, so it never mixes two renders. The sources are watched by polling them with commons-io's
 * {@link FileAlterationObserver} (recursive, new folders included, the same on every OS); a watch that fails is
 * logged in one line to the error stream, set up again, and the preview renders again once it works.
 */
public final class PreviewServer implements AutoCloseable {
    /** The headers a published page should be served with; the page also carries the policy in a meta tag. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
                    + " form-action 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff");

    /** Names, on every response, the render it was served from. */
    static final String RENDER_HEADER = "X-Preview-Render";

    /** How often the sources are looked at; a render follows the first look that sees no further change. */
    static final Duration INTERVAL = Duration.ofMillis(200);

    /**
     * What one render produced: the site's files, or why there are none. Immutable; a request reads one.
     *
     * @param render  the number of the render, 1 for the first
     * @param files   relative path to bytes; empty when the render failed
     * @param failure the problems, one a line, or null when the render succeeded
     */
    record Snapshot(long render, SortedMap<String, byte[]> files, String failure) {
        Snapshot {
            files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
            if (failure != null && !files.isEmpty()) {
                throw new IllegalArgumentException("a snapshot holds the files of a render or its failure, not both");
            }
        }

        static Snapshot rendered(long render, SortedMap<String, byte[]> files) {
            return new Snapshot(render, files, null);
        }

        static Snapshot failed(long render, String failure) {
            return new Snapshot(render, new TreeMap<>(), failure);
        }
    }

    /** Renders the whole site in memory: {@link SiteBuilder#files()}. */
    @FunctionalInterface
    interface Render {
        SortedMap<String, byte[]> files() throws PolicyException, SiteException;
    }

    /** One look at the sources, once per interval: whether anything under them changed since the last look. */
    @FunctionalInterface
    interface Watch {
        boolean changed() throws IOException;
    }

    private final Render renderer;
    private final List<Path> sources;
    private final PrintWriter err;
    private final Duration interval;
    private final Watch watch;
    private final HttpServer server;
    private final Thread watching;
    private final Object published = new Object();
    private volatile Snapshot snapshot = Snapshot.failed(0, "not rendered yet");
    private volatile boolean closed;

    private PreviewServer(Render renderer, List<Path> sources, int port, PrintWriter err, Duration interval,
            UnaryOperator<Watch> watchSeam) throws IOException {
        this.renderer = renderer;
        this.sources = List.copyOf(sources);
        this.err = err;
        this.interval = interval;
        this.watch = watchSeam.apply(new SourcesWatch(this.sources)); // before the first render: no change missed
        render();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        this.watching = new Thread(this::keepWatching, "policy-preview-watcher");
        watching.setDaemon(true);
        watching.setUncaughtExceptionHandler((thread, e) -> log("serve: stopped watching " + this.sources
                + " for changes (" + e + "); restart serve to see further edits"));
    }

    /** Renders the site, listens on 127.0.0.1:{@code port} (0 for any free port) and watches the sources. */
    public static PreviewServer start(SiteBuilder builder, int port) throws IOException {
        return start(builder, port, new PrintWriter(System.err, true));
    }

    /** As {@link #start(SiteBuilder, int)}, with problems of the watch reported in one line each to {@code err}. */
    public static PreviewServer start(SiteBuilder builder, int port, PrintWriter err) throws IOException {
        return start(builder::files, builder.sources(), port, err, INTERVAL, UnaryOperator.identity());
    }

    /**
     * The seams of the tests: what renders, how often the sources are looked at, and {@code watchSeam}, which
     * wraps the real watch (to make it fail, say).
     */
    static PreviewServer start(Render renderer, List<Path> sources, int port, PrintWriter err, Duration interval,
            UnaryOperator<Watch> watchSeam) throws IOException {
        PreviewServer preview = new PreviewServer(renderer, sources, port, err, interval, watchSeam);
        preview.server.start();
        preview.watching.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many renders have run, the first included; a render follows each batch of changes. */
    public long renders() {
        return snapshot.render();
    }

    /** The problems of the last render, or null when it succeeded. */
    public String failure() {
        return snapshot.failure();
    }

    /** What the last render produced. */
    Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Waits until render number {@code render} (or a later one) is published, at most {@code timeout}.
     *
     * @return that snapshot, or null when the time ran out first
     */
    Snapshot awaitRender(long render, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (published) {
            while (snapshot.render() < render) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                published.wait(Math.max(1, left / 1_000_000));
            }
            return snapshot;
        }
    }

    private void keepWatching() {
        boolean pending = false;
        String failing = null;
        while (!closed) {
            try {
                boolean changed = watch.changed();
                if (failing != null) {
                    failing = null;
                    changed = true; // what changed while the watch was blind has to be rendered too
                    log("serve: watching " + sources + " again");
                }
                // Editors save in bursts (temp file, rename, touch): render once the burst is over.
                if (changed) {
                    pending = true;
                } else if (pending) {
                    pending = false;
                    render();
                }
            } catch (IOException | RuntimeException e) {
                String message = "serve: cannot watch " + sources + " for changes (" + e.getClass().getSimpleName()
                        + ": " + e.getMessage() + "); trying again, the preview renders again once it can";
                if (!message.equals(failing)) {
                    log(message);
                }
                failing = message;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return; // closed
            }
        }
    }

    synchronized void render() {
        long next = snapshot.render() + 1;
        Snapshot rendered;
        try {
            rendered = Snapshot.rendered(next, renderer.files());
        } catch (PolicyException e) {
            rendered = Snapshot.failed(next, e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } catch (SiteException e) {
            rendered = Snapshot.failed(next, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) { // a bug, or a template recursing without end
            rendered = Snapshot.failed(next, "internal error: " + e);
        }
        synchronized (published) {
            snapshot = rendered;
            published.notifyAll();
        }
    }

    private void log(String line) {
        err.println(line.replaceAll("\\R", " "));
        err.flush();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Snapshot current = snapshot; // one read: everything below answers from the same render
        try (exchange) {
            exchange.getResponseHeaders().set(RENDER_HEADER, Long.toString(current.render()));
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/privacy/");
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (current.failure() != null) {
                send(exchange, 500, "text/html; charset=utf-8", errorPage(current.failure()));
                return;
            }
            String file = path.substring(1) + (path.endsWith("/") ? "index.html" : "");
            byte[] body = current.files().get(file);
            if (body == null && current.files().containsKey(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (body == null) {
                send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, contentType(file), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String contentType(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "xml" -> "application/atom+xml; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    private static byte[] errorPage(String failure) {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>The policy has errors"
                + "</title>\n</head>\n<body>\n<main>\n<h1>The policy has errors</h1>\n<p>Fix them and save: this page"
                + " renders again by itself.</p>\n<pre>" + Redline.escape(failure) + "</pre>\n</main>\n</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
        watching.interrupt();
        try {
            watching.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
    }

    /**
     * The real watch: one {@link FileAlterationObserver} per source folder, each comparing the folder's tree
     * (names, sizes, modification times) with the last look. Folders reached through a symbolic link are not
     * descended into, so a link loop cannot hang the watch. After a failure the observers are set up afresh.
     */
    static final class SourcesWatch implements Watch {
        private final List<Path> roots;
        private List<FileAlterationObserver> observers;
        private boolean changed;

        SourcesWatch(List<Path> roots) throws IOException {
            this.roots = roots;
            this.observers = observe();
        }

        @Override
        public boolean changed() throws IOException {
            if (observers == null) {
                observers = observe();
                return true; // blind since the failure: assume a change
            }
            changed = false;
            try {
                for (FileAlterationObserver observer : observers) {
                    observer.checkAndNotify();
                }
            } catch (RuntimeException e) {
                observers = null; // half-updated; start again from what is on disk now
                throw new IOException(e.toString(), e);
            }
            return changed;
        }

        private List<FileAlterationObserver> observe() throws IOException {
            List<FileAlterationObserver> list = new ArrayList<>();
            FileAlterationListenerAdaptor listener = new FileAlterationListenerAdaptor() {
                @Override
                public void onDirectoryCreate(File directory) {
                    changed = true;
                }

                @Override
                public void onDirectoryDelete(File directory) {
                    changed = true;
                }

                @Override
                public void onFileCreate(File file) {
                    changed = true;
                }

                @Override
                public void onFileChange(File file) {
                    changed = true;
                }

                @Override
                public void onFileDelete(File file) {
                    changed = true;
                }
            };
            for (Path root : roots) {
                FileAlterationObserver observer = FileAlterationObserver.builder().setPath(root)
                        .setFileFilter(file -> !(Files.isSymbolicLink(file.toPath()) && file.isDirectory())).get();
                observer.addListener(listener);
                try {
                    observer.initialize();
                } catch (Exception e) { // declared by commons-io; in practice a RuntimeException
                    throw new IOException(root + ": cannot list the folder (" + e + ")", e);
                }
                list.add(observer);
            }
            return list;
        }
    }
}
