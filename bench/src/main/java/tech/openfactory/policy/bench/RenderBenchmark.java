package tech.openfactory.policy.bench;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.site.SiteBuilder;
import tech.openfactory.policy.site.SiteException;

/**
 * What {@code serve} does on each save, warm: render the whole real site in memory with a builder that has
 * rendered before (templates compiled, PDFs of unchanged versions made). Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    private SiteBuilder builder;
    private Path policy;

    @Setup
    public void setUp() throws Exception {
        builder = SiteBuilder.builder().content(Path.of("content")).templates(Path.of("templates")).build();
        policy = Path.of("content/privacy/policy.yaml");
        builder.files();
    }

    /** The whole site in memory: pages, changelogs, feed, JSON, PDFs. */
    @Benchmark
    public SortedMap<String, byte[]> warmRerender() throws PolicyException, SiteException {
        return builder.files();
    }

    /** Only loading and validating the living policy, for comparison. */
    @Benchmark
    public Object loadPolicy() throws PolicyException {
        return PolicyLoader.builder().build().load(policy);
    }
}
