package tech.openfactory.policy.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.Problem;

/**
 * A preview of the site for editors, on 127.0.0.1 only: the same files {@code build} writes, rendered in memory
 * and rendered again whenever something under content/ or templates/ changes. While the policy has errors, every
 * page shows them, each with its file:line:col.
 */
public final class PreviewServer implements AutoCloseable {
    /** The headers a published page should be served with; the page also carries the policy in a meta tag. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
                    + " form-action 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff");

    private final SiteBuilder builder;
    private final HttpServer server;
    private final WatchService watcher;
    private final Thread watching;
    private volatile SortedMap<String, byte[]> files = new java.util.TreeMap<>();
    private volatile String failure;
    private volatile long renders;

    private PreviewServer(SiteBuilder builder, int port) throws IOException {
        this.builder = builder;
        render();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path source : builder.sources()) {
            register(source);
        }
        this.watching = new Thread(this::watch, "policy-preview-watcher");
        watching.setDaemon(true);
    }

    /** Renders the site, listens on 127.0.0.1:{@code port} (0 for any free port) and watches the sources. */
    public static PreviewServer start(SiteBuilder builder, int port) throws IOException {
        PreviewServer preview = new PreviewServer(builder, port);
        preview.server.start();
        preview.watching.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many renders have run, the first included; a render follows each batch of changes. */
    public long renders() {
        return renders;
    }

    /** The problems of the last render, or null when it succeeded. */
    public String failure() {
        return failure;
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                // Editors save in bursts (temp file, rename, touch): wait for the burst to end, then render once.
                do {
                    key.pollEvents();
                    key.reset();
                    key = watcher.poll(150, TimeUnit.MILLISECONDS);
                } while (key != null);
                for (Path source : builder.sources()) {
                    register(source); // folders created since
                }
                render();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            failure = "cannot watch the sources: " + e.getMessage();
        }
    }

    private synchronized void render() {
        try {
            files = builder.files();
            failure = null;
        } catch (PolicyException e) {
            failure = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        } catch (SiteException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            failure = "internal error: " + e;
        }
        renders++;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/privacy/");
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            String failed = failure;
            if (failed != null) {
                send(exchange, 500, "text/html; charset=utf-8", errorPage(failed));
                return;
            }
            String file = path.substring(1) + (path.endsWith("/") ? "index.html" : "");
            byte[] body = files.get(file);
            if (body == null && files.containsKey(file + "/index.html")) {
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
    public void close() throws IOException {
        watching.interrupt();
        watcher.close();
        server.stop(0);
    }
}
