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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (explain != null) {
            return explain(out);
        }
        Path file = content.content.resolve("privacy").resolve(HistoryLoader.LIVING);
        try {
            LintReport report = run(options.lint(), file);
            return print(report, out, spec.commandLine().getErr(), strict);
        } catch (PolicyException e) {
            PolicyCommand.report(e, spec.commandLine().getErr(), file, "nothing was linted");
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
        Policy policy = PolicyLoader.builder().build().load(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyException(List.of(new Problem(file.toString(), 1, 1, "", "cannot read the file ("
                    + e.getMessage() + "); check that it is a readable file")));
        }
        return lint.lint(policy, PolicyLocations.of(file.toString(), bytes));
    }

    /** Prints a report; returns the exit code. */
    static int print(LintReport report, PrintWriter out, PrintWriter err, boolean strict) {
        report.problems().forEach(err::println);
        report.findings().forEach(out::println);
        report.accepted().forEach(out::println);
        report.unused().forEach(out::println);
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
