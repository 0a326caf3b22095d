package tech.openfactory.policy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.openfactory.policy.model.ChangeKind;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PublishedVersion;
import tech.openfactory.policy.model.Release;

/** {@code policy release}: freezes the living policy as the next published version. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Publishes content/privacy/policy.yaml as the next version: copies it to"
                + " versions/<lastUpdated>.yaml and records its SHA-256 in versions/versions.lock.",
            "The declared kind is checked against the facts: declaring editorial what is material needs --reason."
                + " A material change must take effect at least the notice period (childrenAndChanges.changes"
                + ".noticePeriod) after the release date; an editorial one keeps the effective date."})
final class ReleaseCommand implements Callable<Integer> {
    @CommandLine.Mixin
    PolicyCommand.ContentOption content = new PolicyCommand.ContentOption();

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "editorial, material, or initial for the very first version")
    String kind;

    @Option(names = "--summary", required = true, paramLabel = "TEXT",
            description = "one line for the versions list and the feed")
    String summary;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "why a change the facts make material is published as editorial; shown in the changelog")
    String reason;

    @Option(names = "--date", paramLabel = "DATE", description = "the release date, YYYY-MM-DD (default: today, UTC)")
    LocalDate date = LocalDate.now(ZoneOffset.UTC);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ChangeKind declared = ChangeKind.of(kind.toLowerCase(Locale.ROOT)).filter(k -> k != ChangeKind.NONE)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--kind is editorial, material or initial, not '" + kind + "'"));
        Path privacy = content.content.resolve("privacy");
        try {
            PublishedVersion version = Release.builder().kind(declared).summary(summary).reason(reason).date(date)
                    .build().publish(privacy);
            spec.commandLine().getOut().println("Published " + privacy.resolve("versions").resolve(version.file())
                    + " (" + version.kind().id() + ", effective " + version.effective() + "); commit it with "
                    + privacy.resolve("versions").resolve("versions.lock"));
            return ExitCode.OK.code();
        } catch (PolicyException e) {
            PolicyCommand.report(e, spec.commandLine().getErr(), privacy.resolve("policy.yaml"), "nothing was published");
            return PolicyCommand.POLICY_ERRORS;
        }
    }
}
