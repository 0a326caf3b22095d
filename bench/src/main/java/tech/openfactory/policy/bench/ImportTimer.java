package tech.openfactory.policy.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.PolicyCheck;

/**
 * Times the kit as a product's test runs it, in one warm JVM: {@code PolicyCheck.builder().packages(...)} on the
 * product's own test classpath, importing from the classpath and evaluating every clause. Each run is done twice,
 * interleaved: with library classes resolved from the classpath (ArchUnit's default) and without (the kit's
 * default), so the two figures share the machine's load. Prints each run, then medians and the load average.
 *
 * <pre>{@code
 * java -cp <bench classes>:<product test classpath> tech.openfactory.policy.bench.ImportTimer <policy.yaml> <package[,package...]> <runs> [warm-up runs]
 * }</pre>
 */
public final class ImportTimer {
    private ImportTimer() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ImportTimer <policy.yaml> <package> <runs> [warm-up runs]");
            System.exit(2);
        }
        Path policy = Path.of(args[0]);
        String pkg = args[1];
        String[] packages = pkg.split(",");
        int runs = Integer.parseInt(args[2]);
        int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<long[]> resolved = new ArrayList<>();
        List<long[]> unresolved = new ArrayList<>();
        int classes = 0;
        for (int run = 1 - warmUps; run <= runs; run++) {
            for (boolean resolve : new boolean[] {true, false}) {
                System.gc();
                CheckResult result = PolicyCheck.builder().policyFile(policy).packages(packages).resolveLibraries(resolve)
                        .reportDirectory(null).build().run();
                classes = result.classes();
                if (run >= 1) {
                    (resolve ? resolved : unresolved).add(new long[] {result.importMillis(), result.evaluationMillis(),
                            result.failed().size()});
                    System.out.printf(Locale.ROOT, "run %d resolve=%s import_ms=%d eval_ms=%d failed_clauses=%d%n", run,
                            resolve, result.importMillis(), result.evaluationMillis(), result.failed().size());
                }
            }
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "RESULT package=%s classes=%d runs=%d warmups=%d"
                + " resolved_import_ms=%d resolved_eval_ms=%d unresolved_import_ms=%d unresolved_eval_ms=%d"
                + " same_verdicts=%s load_average=%.2f%n", pkg, classes, runs, warmUps, median(resolved, 0),
                median(resolved, 1), median(unresolved, 0), median(unresolved, 1),
                resolved.stream().map(r -> r[2]).toList().equals(unresolved.stream().map(r -> r[2]).toList()), load);
    }

    private static long median(List<long[]> runs, int column) {
        List<Long> values = runs.stream().map(r -> r[column]).sorted().toList();
        return values.get(values.size() / 2);
    }
}
