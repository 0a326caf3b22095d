package tech.openfactory.policy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyHistory;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.site.SiteBuilder;
import tech.openfactory.policy.site.SiteException;

/** {@code java -jar policy.jar}: renders and checks OpenFactory's privacy policy. */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = PolicyCommand.Version.class,
        description = "Renders and checks OpenFactory's privacy policy (content/privacy/policy.yaml).",
        exitCodeListHeading = "%nExit codes:%n")
public final class PolicyCommand implements Runnable {
    /**
     * The subcommands, in the order --help lists them. Not in the annotation: picocli would build every one's model
     * by reflection on each run, a third of check's start-up (issue #14); execute adds only the one that runs, or
     * all when the first argument names none (help, usage errors, suggestions).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(Build.class, Check.class, LintCommand.class,
            ReleaseCommand.class, DiffCommand.class, ServeCommand.class, TranslationsCommand.class);

    static final int POLICY_ERRORS = ExitCode.POLICY_ERRORS.code();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build, check, lint, release, diff or serve");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Help is coloured as picocli decides. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, CommandLine.Help.Ansi.AUTO);
    }

    /**
     * As above, with help and usage errors coloured or not as {@code ansi} says: the daemon runs a command with what
     * picocli decided in the client, whose terminal and environment the output goes to.
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.Help.Ansi ansi) {
        CommandLine cli = new CommandLine(new PolicyCommand());
        Class<?> named = null;
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (args.length > 0 && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                named = subcommand;
            }
        }
        // Before the settings below, which reach only the subcommands added so far.
        for (Class<?> subcommand : named == null ? SUBCOMMANDS : List.<Class<?>>of(named)) {
            cli.addSubcommand(subcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        cli.setUsageHelpWidth(100);
        cli.registerConverter(LocalDate.class, PolicyCommand::date);
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        cli.getCommandSpec().usageMessage().exitCodeList(codes);
        setUsageExitCode(cli);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // An exception here is a bug of the tool, never the user's input: one line, no stack trace.
            cmd.getErr().println("policy: internal error: " + e + "; please report it with the command you ran");
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli.execute(args);
    }

    private static void setUsageExitCode(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        cli.getSubcommands().values().forEach(PolicyCommand::setUsageExitCode);
    }

    /** Options shared by build and check. */
    static class ContentOption {
        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "folder holding privacy/policy.yaml (default: ${DEFAULT-VALUE})")
        Path content;
    }

    /** Options of the commands that render: build and serve. */
    static class SiteOptions {
        @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
                description = "folder holding the Pebble templates and style.css (default: ${DEFAULT-VALUE})")
        Path templates;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "the day to build for (YYYY-MM-DD): decides which version is in force and which is"
                        + " upcoming (default: today, UTC)")
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Validates the policy and renders the site; on any error the previous site stays as it was.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOption content = new ContentOption();

        @CommandLine.Mixin
        SiteOptions site = new SiteOptions();

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
                description = "folder the site is written to, replaced whole (default: ${DEFAULT-VALUE})")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SiteBuilder builder = SiteBuilder.builder().content(content.content).templates(site.templates).out(out)
                    .asOf(site.asOf).build();
            PrintWriter err = spec.commandLine().getErr();
            try {
                List<String> files = builder.render();
                spec.commandLine().getOut().println("Wrote " + files.size() + " files to " + out + ": "
                        + String.join(", ", files));
                return ExitCode.OK.code();
            } catch (PolicyException e) {
                report(e, err, builder.policyFile(), out + " is unchanged");
                return POLICY_ERRORS;
            } catch (SiteException e) {
                err.println(e.getMessage());
                return POLICY_ERRORS;
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validates the policy and lints it for what the law asks it to say (as `policy lint`), for"
                    + " pull requests; writes nothing.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOption content = new ContentOption();

        @CommandLine.Mixin
        LintCommand.Options lint = new LintCommand.Options();

        @CommandLine.Mixin
        LintCommand.FormatOption format = new LintCommand.FormatOption();

        @Option(names = "--strict", description = "exit 1 when the lint finds anything (default: findings are warnings)")
        boolean strict;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SiteBuilder builder = SiteBuilder.builder().content(content.content).build();
            try {
                PolicyHistory history = builder.check();
                Policy policy = history.living();
                int elements = policy.collection().categories().stream().mapToInt(c -> c.elements().size()).sum();
                PrintWriter out = spec.commandLine().getOut();
                out.println(builder.policyFile() + ": valid (" + policy.collection().categories().size()
                        + " data categories, " + elements + " elements, " + policy.retention().rules().size()
                        + " retention rules, " + policy.cookies().cookies().size() + " cookies)");
                out.println(history.latest().map(latest -> {
                    int n = history.versions().size();
                    ChangeKind pending = history.pending().orElseThrow().kind();
                    return n + (n == 1 ? " published version" : " published versions") + ", the latest "
                            + latest.id() + "; " + (pending == ChangeKind.NONE ? "no unreleased change"
                                    : "unreleased " + pending.id() + " change: run `policy diff` to see it");
                }).orElse("no published version yet: publish the first with `policy release --kind initial`"));
                int linted = LintCommand.print(LintCommand.run(lint.lint(), builder.policyFile(), policy), out,
                        spec.commandLine().getErr(), strict, format.format);
                int translated = TranslationsCommand.check(policy, content.content.resolve("privacy"), out,
                        spec.commandLine().getErr(), format.format);
                return Math.max(linted, translated);
            } catch (PolicyException e) {
                report(e, spec.commandLine().getErr(), builder.policyFile(), "nothing was written", format.format);
                return POLICY_ERRORS;
            }
        }
    }

    static void report(PolicyException e, PrintWriter err, Path file, String consequence) {
        report(e, err, file, consequence, LintCommand.Format.TEXT);
    }

    /** Prints each problem in the format asked for, then one line counting them and saying what was not done. */
    static void report(PolicyException e, PrintWriter err, Path file, String consequence, LintCommand.Format format) {
        for (Problem problem : e.problems()) {
            err.println(format.problem(problem));
        }
        int n = e.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " in " + files(e.problems(), file) + "; " + consequence);
    }

    /** The files the problems are in, as they name them: a broken published version is not the living policy. */
    static String files(List<Problem> problems, Path fallback) {
        List<String> files = problems.stream().map(Problem::file).distinct().toList();
        if (files.isEmpty()) {
            return fallback.toString();
        }
        return files.size() == 1 ? files.get(0)
                : String.join(", ", files.subList(0, files.size() - 1)) + " and " + files.get(files.size() - 1);
    }

    /** Dates on the command line are written as in the YAML: YYYY-MM-DD. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; write YYYY-MM-DD, e.g. 2026-04-08");
        }
    }

    /** The tool's version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = PolicyCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"policy " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
