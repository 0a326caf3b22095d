package tech.openfactory.policy.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

/**
 * A build, run as its own process by KilledBuildTest, that stops right before the given step of the swap, says so
 * on its standard output, and waits there to be killed.
 *
 * <pre>java -cp ... tech.openfactory.policy.site.BuildStoppedInTheSwap CONTENT TEMPLATES OUT AS-OF STEP</pre>
 */
public final class BuildStoppedInTheSwap {
    /** The line printed once the build waits before its step. */
    public static final String STOPPED = "stopped before ";

    private BuildStoppedInTheSwap() {}

    public static void main(String[] args) throws Exception {
        SiteWriter.Step at = SiteWriter.Step.valueOf(args[4]);
        SiteWriter writer = new SiteWriter((step, path) -> {
            if (step == at) {
                System.out.println(STOPPED + step);
                System.out.flush();
                try {
                    new CountDownLatch(1).await(); // until killed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        SiteBuilder.builder().content(Path.of(args[0])).templates(Path.of(args[1])).out(Path.of(args[2]))
                .asOf(LocalDate.parse(args[3])).writer(writer).build().render();
        System.out.println("finished without stopping");
    }
}
