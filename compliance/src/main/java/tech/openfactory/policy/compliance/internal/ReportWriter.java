package tech.openfactory.policy.compliance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.ContractResult;
import tech.openfactory.policy.compliance.Exemption;
import tech.openfactory.policy.compliance.RuleId;

/**
 * The traceability report: every clause of the policy, checked statically (the code that backs it, what could not
 * be read from the code, its violations and exemptions) and verified at run time by the contract tests, as
 * {@code report.json} for tools and {@code report.html} for people; the static check's violations also as
 * {@code report.sarif} for code scanning ({@link SarifWriter}). The static check and the contract tests run in
 * separate test classes, in either order: each keeps its results beside the report ({@code static.tsv},
 * {@code runtime.tsv}) and writes the report anew from both.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * The static check's results, written into the report with whatever the contract tests left, and as
     * {@code report.sarif} for code scanning; the policy is not known, and the sources are the working directory's
     * {@code src/main/java} and {@code src/main/kotlin}.
     */
    public static void write(CheckResult result, Path directory) {
        write(result, directory, SarifWriter.Places.of(null, null, Path.of(""), null,
                List.of(Path.of("src/main/java"), Path.of("src/main/kotlin")), SarifWriter.Caller.find()));
    }

    /**
     * The static check's results, written into the report with whatever the contract tests left, and as
     * {@code report.sarif} for code scanning (the static check's violations only: see {@link SarifWriter}).
     */
    public static void write(CheckResult result, Path directory, SarifWriter.Places places) {
        String sarif = SarifWriter.sarif(result, places);
        StringBuilder out = new StringBuilder();
        out.append(line("check", result.policy(), String.valueOf(result.classes()), String.valueOf(result.importMillis()),
                String.valueOf(result.evaluationMillis())));
        for (ClauseResult c : result.clauses()) {
            out.append(line("clause", c.rule().id(), c.clause(), list(c.violations()), list(c.evidence()),
                    list(c.unverified()), list(c.exemptions().stream()
                            .map(e -> e.target() + "\u001e" + e.reason() + "\u001e" + e.source()).toList())));
        }
        save(directory, "static.tsv", out.toString());
        try {
            Files.writeString(directory.resolve(SarifWriter.FILE), sarif, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compliance report to " + directory, e);
        }
    }

    /** The contract tests' results so far, written into the report with whatever the static check left. */
    public static void write(String policy, List<ContractResult> results, Path directory) {
        StringBuilder out = new StringBuilder(line("contracts", policy));
        for (ContractResult r : results) {
            out.append(line("contract", r.rule().id(), r.clause(), r.outcome().name(), r.detail()));
        }
        save(directory, "runtime.tsv", out.toString());
    }

    private static void save(Path directory, String file, String text) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
            Report report = Report.read(directory);
            Files.writeString(directory.resolve("report.json"), report.json(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("report.html"), report.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compliance report to " + directory, e);
        }
    }

    // The two halves, read back --------------------------------------------------------------------------------

    /** One clause as the report shows it: its static result (null when not checked statically) and its run-time one. */
    record Row(String rule, String clause, ClauseResult check, ContractResult contract) {}

    record Report(String policy, String classes, String importMillis, String evaluationMillis, List<Row> rows) {
        static Report read(Path directory) throws IOException {
            String policy = "";
            String classes = "0";
            String importMillis = "0";
            String evaluationMillis = "0";
            Map<String, Row> rows = new LinkedHashMap<>();
            Path staticFile = directory.resolve("static.tsv");
            if (Files.exists(staticFile)) {
                for (String raw : Files.readAllLines(staticFile, StandardCharsets.UTF_8)) {
                    List<String> f = fields(raw);
                    if (f.get(0).equals("check")) {
                        policy = f.get(1);
                        classes = f.get(2);
                        importMillis = f.get(3);
                        evaluationMillis = f.get(4);
                    } else {
                        RuleId rule = RuleId.of(f.get(1)).orElseThrow();
                        List<Exemption> exemptions = new ArrayList<>();
                        for (String e : items(f.get(6))) {
                            String[] p = e.split("\u001e", -1);
                            exemptions.add(new Exemption(rule.id(), p[0], p[1], p[2]));
                        }
                        ClauseResult c = new ClauseResult(rule, f.get(2), items(f.get(3)), items(f.get(4)),
                                items(f.get(5)), exemptions);
                        rows.put(f.get(2), new Row(rule.id(), f.get(2), c, null));
                    }
                }
            }
            Path runtimeFile = directory.resolve("runtime.tsv");
            if (Files.exists(runtimeFile)) {
                for (String raw : Files.readAllLines(runtimeFile, StandardCharsets.UTF_8)) {
                    List<String> f = fields(raw);
                    if (f.get(0).equals("contracts")) {
                        policy = policy.isEmpty() ? f.get(1) : policy;
                        continue;
                    }
                    ContractResult r = new ContractResult(RuleId.of(f.get(1)).orElseThrow(), f.get(2),
                            ContractResult.Outcome.valueOf(f.get(3)), f.get(4));
                    Row before = rows.get(r.clause());
                    rows.put(r.clause(), new Row(r.rule().id(), r.clause(), before == null ? null : before.check(), r));
                }
            }
            return new Report(policy, classes, importMillis, evaluationMillis, List.copyOf(rows.values()));
        }

        String json() {
            StringBuilder out = new StringBuilder("{\n");
            out.append("  \"policy\": ").append(Json.quote(policy)).append(",\n");
            out.append("  \"classes\": ").append(classes).append(",\n");
            out.append("  \"importMillis\": ").append(importMillis).append(",\n");
            out.append("  \"evaluationMillis\": ").append(evaluationMillis).append(",\n");
            out.append("  \"passed\": ").append(rows.stream().allMatch(Report::passed)).append(",\n");
            out.append("  \"clauses\": [");
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                out.append(i == 0 ? "\n" : ",\n").append("    {\n");
                out.append("      \"rule\": ").append(Json.quote(row.rule())).append(",\n");
                out.append("      \"clause\": ").append(Json.quote(row.clause())).append(",\n");
                out.append("      \"passed\": ").append(passed(row)).append(",\n");
                ClauseResult c = row.check();
                if (c != null) {
                    out.append("      \"checkedStatically\": ").append(c.passed() ? "\"passed\"" : "\"failed\"").append(",\n");
                    out.append("      \"violations\": ").append(jsonList(c.violations())).append(",\n");
                    out.append("      \"evidence\": ").append(jsonList(c.evidence())).append(",\n");
                    out.append("      \"notVerifiedStatically\": ").append(jsonList(c.unverified())).append(",\n");
                    out.append("      \"exemptions\": [");
                    for (int j = 0; j < c.exemptions().size(); j++) {
                        Exemption e = c.exemptions().get(j);
                        out.append(j == 0 ? "" : ", ").append("{\"target\": ").append(Json.quote(e.target()))
                                .append(", \"reason\": ").append(Json.quote(e.reason())).append(", \"source\": ")
                                .append(Json.quote(e.source())).append('}');
                    }
                    out.append("],\n");
                } else {
                    out.append("      \"checkedStatically\": null,\n");
                }
                ContractResult r = row.contract();
                out.append("      \"runTime\": ").append(r == null ? "null" : "{\"outcome\": " + Json.quote(r.outcome().words())
                        + ", \"detail\": " + Json.quote(r.detail()) + "}").append('\n');
                out.append("    }");
            }
            return out.append("\n  ]\n}\n").toString();
        }

        private static boolean passed(Row row) {
            return (row.check() == null || row.check().passed())
                    && (row.contract() == null || row.contract().outcome() != ContractResult.Outcome.FAILED);
        }

        String html() {
            long failed = rows.stream().filter(r -> !passed(r)).count();
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
            out.append("<h1>Compliance report</h1>\n<p>").append(escape(policy)).append(" · ").append(classes)
                    .append(" classes · import ").append(importMillis).append(" ms · evaluation ").append(evaluationMillis)
                    .append(" ms · <strong>").append(failed == 0 ? "all clauses pass" : failed + " clauses fail")
                    .append("</strong></p>\n");
            for (Row row : rows) {
                ClauseResult c = row.check();
                ContractResult r = row.contract();
                out.append("<section class=\"").append(passed(row) ? "passed" : "failed").append("\">\n<h2>")
                        .append(escape(row.clause())).append("</h2>\n<p class=\"rule\">rule ").append(escape(row.rule()))
                        .append(" · checked statically: ").append(c == null ? "no" : c.passed() ? "passed" : "failed")
                        .append(" · ").append(r == null ? "no contract test" : r.outcome().words()).append("</p>\n");
                if (c != null) {
                    block(out, "Violations", c.violations());
                    block(out, "Evidence", c.evidence());
                    block(out, "Not verified statically", c.unverified());
                    block(out, "Exemptions", c.exemptions().stream()
                            .map(e -> e.target() + ": " + e.reason() + " (" + e.source() + ")").toList());
                }
                if (r != null) {
                    block(out, "At run time", List.of(r.detail()));
                }
                out.append("</section>\n");
            }
            return out.append("</main>\n</body>\n</html>\n").toString();
        }
    }

    // Encoding -------------------------------------------------------------------------------------------------

    /** Tab-separated fields, one record a line; tabs, newlines and backslashes escaped; lists joined by U+001F. */
    private static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : "\t").append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r"));
        }
        return out.append('\n').toString();
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else if (ch == '\t') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static String list(List<String> items) {
        return String.join("\u001f", items);
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\u001f", -1));
    }

    private static String jsonList(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(Json.quote(items.get(i)));
        }
        return out.append(']').toString();
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
