package tech.openfactory.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.openfactory.policy.lint.Finding;
import tech.openfactory.policy.lint.LintItem;
import tech.openfactory.policy.lint.LintReport;
import tech.openfactory.policy.lint.PolicyLint;
import tech.openfactory.policy.lint.Regime;
import tech.openfactory.policy.model.HistoryLoader;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.PolicyLocations;
import tech.openfactory.policy.model.Problem;

/** {@code policy lint}: what the law asks the notice to say that the policy does not. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Lists what the law asks a privacy notice to say that content/privacy/policy.yaml does not"
                + " say, one finding per line: file:line:col: ARTICLE: what is missing; what to write.",
            "Findings are warnings (exit 0) unless --strict. Legal marks an item not applicable under lint.accepted"
                    + " in the policy file, with a reason; accepted items are listed, never hidden."})
final class LintCommand implements Callable<Integer> {
    @CommandLine.Mixin
    PolicyCommand.ContentOption content = new PolicyCommand.ContentOption();

    @CommandLine.Mixin
    Options options = new Options();

    @CommandLine.Mixin
    FormatOption format = new FormatOption();

    @Option(names = "--strict", description = "exit 1 when the lint finds anything")
    boolean strict;

    @Option(names = "--explain", arity = "0..1", paramLabel = "ID", fallbackValue = "",
            description = "print what an item asks, its article and why (an id such as gdpr-13-1-c, or the citation as"
                    + " printed); without ID, list every item")
    String explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Options shared with check and diff. */
    static final class Options {
        @Option(names = "--regime", paramLabel = "LIST", split = ",", converter = RegimeConverter.class,
                description = "the laws to check, comma-separated: gdpr, uk-gdpr, ccpa (default: all)")
        List<Regime> regimes = List.of(Regime.values());

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "the day the 12-month review is measured against (YYYY-MM-DD; default: today, UTC)")
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);

        PolicyLint lint() {
            return PolicyLint.builder().regimes(regimes).asOf(asOf).build();
        }
    }

    static final class RegimeConverter implements CommandLine.ITypeConverter<Regime> {
        @Override
        public Regime convert(String value) {
            return Regime.of(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException("unknown regime '"
                    + value + "'; write one or more of " + Regime.ids() + ", separated by commas"));
        }
    }

    /** {@code --format}, of check and lint: how problems and findings are printed. */
    static final class FormatOption {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
                description = "text (default): file:line:col: lines; github: GitHub Actions annotations at the lines"
                        + " they are about, an error per problem and a warning per finding")
        Format format = Format.TEXT;
    }

    /**
     * How a problem or a finding is printed. {@code text} is the {@code file:line:col: …} line editors and logs link
     * to; {@code github} is a GitHub Actions workflow command ({@code ::error file=…,line=…,col=…::…}) that the
     * runner shows as an annotation on that line of the pull request: the same message, escaped by the rules of
     * workflow commands. Summaries and accepted gaps are printed as text in both.
     */
    enum Format {
        TEXT("text"), GITHUB("github");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        String problem(Problem problem) {
            return switch (this) {
                case TEXT -> problem.toString();
                case GITHUB -> annotation("error", problem.file(), problem.line(), problem.column(), problem.toString());
            };
        }

        /** A problem that is only a warning, e.g. a stale translation. */
        String warning(Problem problem) {
            return switch (this) {
                case TEXT -> problem.toString();
                case GITHUB -> annotation("warning", problem.file(), problem.line(), problem.column(), problem.toString());
            };
        }

        String finding(Finding finding) {
            return switch (this) {
                case TEXT -> finding.toString();
                case GITHUB -> annotation("warning", finding.file(), finding.line(), finding.column(), finding.toString());
            };
        }

        /** An accepted gap that excuses nothing asks for an edit: a warning at its line. */
        String unused(LintReport.Unused unused) {
            return switch (this) {
                case TEXT -> unused.toString();
                case GITHUB -> annotation("warning", unused.file(), unused.line(), unused.column(), unused.toString());
            };
        }

        /** The text line without its {@code file:line:col: } prefix, as the message of a workflow command. */
        private static String annotation(String command, String file, int line, int column, String text) {
            String location = file + ":" + line + ":" + column + ": ";
            String message = text.startsWith(location) ? text.substring(location.length()) : text;
            return "::" + command + " file=" + property(file) + ",line=" + line + ",col=" + column + "::"
                    + data(message);
        }

        /** A workflow command's message: {@code %}, CR and LF escaped. */
        static String data(String text) {
            return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        }

        /** A workflow command's property value: as a message, and {@code :} and {@code ,}, which delimit it. */
        static String property(String text) {
            return data(text).replace(":", "%3A").replace(",", "%2C");
        }

        static final class Converter implements CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                for (Format format : values()) {
                    if (format.id.equals(value)) {
                        return format;
                    }
                }
                throw new CommandLine.TypeConversionException("unknown format '" + value + "'; write text or github");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (explain != null) {
            return explain(out);
        }
        Path file = content.content.resolve("privacy").resolve(HistoryLoader.LIVING);
        try {
            LintReport report = run(options.lint(), file);
            return print(report, out, spec.commandLine().getErr(), strict, format.format);
        } catch (PolicyException e) {
            PolicyCommand.report(e, spec.commandLine().getErr(), file, "nothing was linted", format.format);
            return PolicyCommand.POLICY_ERRORS;
        }
    }

    private int explain(PrintWriter out) {
        if (explain.isBlank()) {
            for (LintItem item : LintItem.values()) {
                out.println(item.id() + "  " + item.citation(item.regimes()) + "  " + item.title());
            }
            return ExitCode.OK.code();
        }
        LintItem item = LintItem.of(explain).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown lint item '" + explain + "'; run `policy lint --explain` for the list"));
        out.println(item.id() + ": " + item.citation(item.regimes()) + " — " + item.title());
        out.println("Applies under: " + item.regimes().stream().map(Regime::title).collect(Collectors.joining(", ")));
        out.println(item.explanation());
        out.println("Not applicable? Add to the policy file: lint: { accepted: [{ item: " + item.id()
                + ", reason: \"why\" }] }");
        return ExitCode.OK.code();
    }

    /** Loads and lints the policy file. */
    static LintReport run(PolicyLint lint, Path file) throws PolicyException {
        return run(lint, file, null);
    }

    /** Lints {@code policy}, already loaded from {@code file} (null: load it here); the file is read once. */
    static LintReport run(PolicyLint lint, Path file, Policy policy) throws PolicyException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            PolicyLoader.builder().build().load(file); // throws the loader's located "no such file" problem
            throw new java.io.UncheckedIOException(e);
        } catch (IOException e) {
            throw new PolicyException(List.of(new Problem(file.toString(), 1, 1, "", "cannot read the file ("
                    + e.getMessage() + "); check that it is a readable file")));
        }
        Policy loaded = policy != null ? policy : PolicyLoader.builder().build().load(file.toString(), bytes);
        return lint.lint(loaded, PolicyLocations.of(file.toString(), bytes));
    }

    /** Prints a report; returns the exit code. */
    static int print(LintReport report, PrintWriter out, PrintWriter err, boolean strict, Format format) {
        report.problems().forEach(problem -> err.println(format.problem(problem)));
        report.findings().forEach(finding -> out.println(format.finding(finding)));
        report.accepted().forEach(out::println);
        report.unused().forEach(unused -> out.println(format.unused(unused)));
        out.println(summary(report));
        if (!report.problems().isEmpty()) {
            return PolicyCommand.POLICY_ERRORS;
        }
        return strict && !report.findings().isEmpty() ? PolicyCommand.POLICY_ERRORS : ExitCode.OK.code();
    }

    static String summary(LintReport report) {
        String regimes = report.regimes().stream().map(Regime::id).collect(Collectors.joining(", "));
        int n = report.findings().size();
        List<String> parts = new ArrayList<>();
        parts.add(n == 0 ? "the policy says everything the lint checks (" + regimes + ")"
                : n + (n == 1 ? " finding" : " findings") + " (" + regimes + ")");
        if (!report.accepted().isEmpty()) {
            parts.add(report.accepted().size() + " accepted in lint.accepted");
        }
        if (!report.unused().isEmpty()) {
            parts.add(report.unused().size() + " accepted gap" + (report.unused().size() == 1 ? "" : "s") + " to remove");
        }
        String line = "lint: " + String.join(", ", parts);
        List<Finding> findings = report.findings();
        return n == 0 ? line : line + "; `policy lint --explain " + findings.get(0).item().id()
                + "` says what an item asks and why";
    }
}
