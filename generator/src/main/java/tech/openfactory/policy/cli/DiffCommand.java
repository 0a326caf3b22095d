package tech.openfactory.policy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tech.openfactory.policy.lint.PolicyLint;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.HistoryLoader;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyDiff;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyHistory;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.PublishedVersion;
import tech.openfactory.policy.site.PullRequestSummary;

/** {@code policy diff}: the Markdown summary of a change, for a pull-request comment. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two policy files and prints a Markdown summary for a pull-request comment: the facts"
                + " that changed, the computed kind, the prose redline, and the lint findings the change resolves or adds.",
            "Without files: the latest published version against content/privacy/policy.yaml.",
            "Exits with the kind of change: see the exit codes of `policy --help`."})
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Mixin
    PolicyCommand.ContentOption content = new PolicyCommand.ContentOption();

    @CommandLine.Mixin
    LintCommand.Options lintOptions = new LintCommand.Options();

    @Parameters(index = "0", arity = "0..1", paramLabel = "OLD", description = "the policy before")
    Path before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "the policy after")
    Path after;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PolicyLoader loader = PolicyLoader.builder().build();
        Path privacy = content.content.resolve("privacy");
        Path newFile = after == null ? privacy.resolve(HistoryLoader.LIVING) : after;
        try {
            Path oldFile = before == null ? latestVersion(loader, privacy) : before;
            Policy old = loader.load(oldFile);
            Policy now = loader.load(newFile);
            PolicyLint lint = lintOptions.lint();
            spec.commandLine().getOut().print(PullRequestSummary.markdown(oldFile.toString(), old, newFile.toString(),
                    now, LintCommand.run(lint, oldFile), LintCommand.run(lint, newFile)));
            spec.commandLine().getOut().flush();
            ChangeKind kind = PolicyDiff.between(old, now).kind();
            return (kind == ChangeKind.NONE ? ExitCode.OK : kind == ChangeKind.MATERIAL ? ExitCode.MATERIAL
                    : ExitCode.EDITORIAL).code();
        } catch (PolicyException e) {
            PolicyCommand.report(e, spec.commandLine().getErr(), newFile, "nothing was compared");
            return PolicyCommand.POLICY_ERRORS;
        }
    }

    private Path latestVersion(PolicyLoader loader, Path privacy) throws PolicyException {
        PolicyHistory history = new HistoryLoader(loader).load(privacy);
        PublishedVersion latest = history.latest().orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "nothing is published yet in " + privacy + "; name the two files to compare"));
        return privacy.resolve(HistoryLoader.VERSIONS).resolve(latest.file());
    }
}
