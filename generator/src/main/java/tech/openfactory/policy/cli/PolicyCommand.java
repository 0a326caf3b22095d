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
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.site.SiteBuilder;
import tech.openfactory.policy.site.SiteException;

/** {@code java -jar policy.jar}: renders and checks OpenFactory's privacy policy. */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = PolicyCommand.Version.class,
        description = "Renders and checks OpenFactory's privacy policy (content/privacy/policy.yaml).",
        subcommands = {PolicyCommand.Build.class, PolicyCommand.Check.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the policy is valid (and, for build, the site was written)",
            "1:the policy or the templates have errors, each printed as file:line:col; site/ is unchanged",
            "2:the command line is wrong (unknown option, missing value)",
            "3:an internal error of this tool; please report it with the command you ran"})
public final class PolicyCommand implements Runnable {
    static final int POLICY_ERRORS = 1;
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build or check");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PolicyCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setUsageHelpWidth(100);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // An exception here is a bug of the tool, never the user's input: one line, no stack trace.
            cmd.getErr().println("policy: internal error: " + e + "; please report it with the command you ran");
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    /** Options shared by build and check. */
    static class ContentOption {
        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "folder holding privacy/policy.yaml (default: ${DEFAULT-VALUE})")
        Path content;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Validates the policy and renders the site; on any error the previous site stays as it was.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOption content = new ContentOption();

        @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
                description = "folder holding the Pebble templates and style.css (default: ${DEFAULT-VALUE})")
        Path templates;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
                description = "folder the site is written to, replaced whole (default: ${DEFAULT-VALUE})")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SiteBuilder builder = SiteBuilder.builder().content(content.content).templates(templates).out(out).build();
            PrintWriter err = spec.commandLine().getErr();
            try {
                List<String> files = builder.render();
                spec.commandLine().getOut().println("Wrote " + files.size() + " files to " + out + ": "
                        + String.join(", ", files));
                return 0;
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
            description = "Validates the policy only, for pull requests; writes nothing.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOption content = new ContentOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SiteBuilder builder = SiteBuilder.builder().content(content.content).build();
            try {
                Policy policy = builder.check();
                int elements = policy.collection().categories().stream().mapToInt(c -> c.elements().size()).sum();
                spec.commandLine().getOut().println(builder.policyFile() + ": valid ("
                        + policy.collection().categories().size() + " data categories, " + elements + " elements, "
                        + policy.retention().rules().size() + " retention rules, "
                        + policy.cookies().cookies().size() + " cookies)");
                return 0;
            } catch (PolicyException e) {
                report(e, spec.commandLine().getErr(), builder.policyFile(), "nothing was written");
                return POLICY_ERRORS;
            }
        }
    }

    private static void report(PolicyException e, PrintWriter err, Path file, String consequence) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        int n = e.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " in " + file + "; " + consequence);
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
