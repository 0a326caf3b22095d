package tech.openfactory.policy.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.openfactory.policy.site.PreviewServer;
import tech.openfactory.policy.site.SiteBuilder;

/** {@code policy serve}: a live preview for editors. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a preview of the site on 127.0.0.1, rendered again whenever content/ or templates/"
                + " change; the same files build writes. While the policy has errors, every page lists them.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    PolicyCommand.ContentOption content = new PolicyCommand.ContentOption();

    @CommandLine.Mixin
    PolicyCommand.SiteOptions site = new PolicyCommand.SiteOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteBuilder builder = SiteBuilder.builder().content(content.content).templates(site.templates).asOf(site.asOf)
                .build();
        // A watch that fails (and recovers) says so in one line on the error stream; the preview keeps running.
        try (PreviewServer preview = PreviewServer.start(builder, port, spec.commandLine().getErr())) {
            spec.commandLine().getOut().println("Serving http://127.0.0.1:" + preview.port() + "/privacy/ ; edits to "
                    + content.content + " and " + site.templates + " render again by themselves; Ctrl-C stops.");
            if (preview.failure() != null) {
                spec.commandLine().getErr().println(preview.failure());
            }
            new CountDownLatch(1).await(); // until the process is stopped
        }
        return 0;
    }
}
