package tech.openfactory.policy.compliance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.Exemption;

/**
 * The traceability report: every clause of the policy, the code that backs it, its violations and the exemptions
 * granted, as {@code report.json} for tools and {@code report.html} for people.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(CheckResult result, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("report.json"), json(result), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("report.html"), html(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compliance report to " + directory, e);
        }
    }

    static String json(CheckResult r) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"policy\": ").append(quote(r.policy())).append(",\n");
        out.append("  \"classes\": ").append(r.classes()).append(",\n");
        out.append("  \"importMillis\": ").append(r.importMillis()).append(",\n");
        out.append("  \"evaluationMillis\": ").append(r.evaluationMillis()).append(",\n");
        out.append("  \"passed\": ").append(r.failed().isEmpty()).append(",\n");
        out.append("  \"clauses\": [");
        for (int i = 0; i < r.clauses().size(); i++) {
            ClauseResult c = r.clauses().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            out.append("      \"rule\": ").append(quote(c.rule().id())).append(",\n");
            out.append("      \"clause\": ").append(quote(c.clause())).append(",\n");
            out.append("      \"passed\": ").append(c.passed()).append(",\n");
            out.append("      \"violations\": ").append(list(c.violations())).append(",\n");
            out.append("      \"evidence\": ").append(list(c.evidence())).append(",\n");
            out.append("      \"notVerifiedStatically\": ").append(list(c.unverified())).append(",\n");
            out.append("      \"exemptions\": [");
            for (int j = 0; j < c.exemptions().size(); j++) {
                Exemption e = c.exemptions().get(j);
                out.append(j == 0 ? "" : ", ").append("{\"target\": ").append(quote(e.target()))
                        .append(", \"reason\": ").append(quote(e.reason())).append(", \"source\": ")
                        .append(quote(e.source())).append('}');
            }
            out.append("]\n    }");
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static String list(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(items.get(i)));
        }
        return out.append(']').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    static String html(CheckResult r) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Compliance report</title>
                <style>
                body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
                section{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
                .passed h2::before{content:"✔ ";color:#116329}.failed h2::before{content:"✘ ";color:#b42318}
                h2{font-size:1.05rem;margin:.5rem 0}.rule{color:#4b5563;font-size:.9rem}
                .failed{border-left:4px solid #b42318}.passed{border-left:4px solid #116329}
                </style>
                </head>
                <body>
                <main>
                """);
        out.append("<h1>Compliance report</h1>\n<p>").append(escape(r.policy())).append(" · ").append(r.classes())
                .append(" classes · import ").append(r.importMillis()).append(" ms · evaluation ")
                .append(r.evaluationMillis()).append(" ms · <strong>").append(r.failed().isEmpty() ? "all clauses pass"
                        : r.failed().size() + " clauses fail").append("</strong></p>\n");
        for (ClauseResult c : r.clauses()) {
            out.append("<section class=\"").append(c.passed() ? "passed" : "failed").append("\">\n<h2>")
                    .append(escape(c.clause())).append("</h2>\n<p class=\"rule\">rule ").append(escape(c.rule().id()))
                    .append(c.passed() ? " · passed" : " · failed").append("</p>\n");
            block(out, "Violations", c.violations());
            block(out, "Evidence", c.evidence());
            block(out, "Not verified statically", c.unverified());
            block(out, "Exemptions", c.exemptions().stream()
                    .map(e -> e.target() + ": " + e.reason() + " (" + e.source() + ")").toList());
            out.append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append("</h3>\n<ul>\n");
        items.forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
