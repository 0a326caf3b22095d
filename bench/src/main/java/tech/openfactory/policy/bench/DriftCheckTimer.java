package tech.openfactory.policy.bench;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.CheckResult;
import tech.openfactory.policy.compliance.ClauseResult;
import tech.openfactory.policy.compliance.PolicyCheck;
import tech.openfactory.policy.compliance.PolicyRule;
import tech.openfactory.policy.compliance.PolicyRules;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * Times the drift check on compiled classes, in one JVM: ArchUnit's import of the classes directory
 * ({@code new ClassFileImporter().importPath(dir)}), then the kit's evaluation of every clause on those classes
 * ({@code PolicyCheck.run()} with the classes given and no report), after untimed warm-up runs (one unless
 * {@code --warmup=N} says otherwise). Wall time, and the main thread's CPU time, which other processes on the machine
 * disturb less. The check must pass: the point is a realistic, passing codebase; if it fails, the failures are
 * printed and the exit code is 1.
 *
 * <pre>{@code
 * DriftCheckTimer <policy.yaml> <classesDir> <runs>              one line per run, then a RESULT line
 * DriftCheckTimer <policy.yaml> <classesDir> <runs> --per-rule   also, on a second import per run, ArchUnit's
 *                                                                dependency graph and each rule on its own
 * DriftCheckTimer <policy.yaml> <classesDir> <runs> --warmup=N   N untimed runs first
 * }</pre>
 *
 * <p>Before each timed import the previous run's classes are dropped and a full GC is asked for, so that one run's
 * garbage is not collected inside the next run's timings.
 */
public final class DriftCheckTimer {
    private static final String DEPENDENCIES = "ArchUnit: getDirectDependenciesFromSelf() of every class, first call";
    private static final String INDEX = "kit: CodeIndex, built once per import (first rule's first evaluation minus its"
            + " second)";

    private DriftCheckTimer() {}

    public static void main(String[] args) throws Exception {
        List<String> positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        boolean perRule = Arrays.asList(args).contains("--per-rule");
        int warmUps = Arrays.stream(args).filter(a -> a.startsWith("--warmup=")).findFirst()
                .map(a -> Integer.parseInt(a.substring("--warmup=".length()))).orElse(1);
        if (positional.size() != 3) {
            System.err.println("usage: DriftCheckTimer <policy.yaml> <classesDir> <runs> [--per-rule] [--warmup=N]");
            System.exit(2);
        }
        Path policyFile = Path.of(positional.get(0));
        Path classesDir = Path.of(positional.get(1));
        int runs = Integer.parseInt(positional.get(2));
        if (!Files.isDirectory(classesDir)) {
            System.err.println("no such directory: " + classesDir);
            System.exit(2);
        }
        // Loading the policy is not part of either timing: it is the same for any codebase.
        Policy policy = PolicyLoader.builder().build().load(policyFile);

        List<Double> imports = new ArrayList<>();
        List<Double> evaluations = new ArrayList<>();
        List<Long> kitEvaluations = new ArrayList<>();
        Map<String, List<Double>> ruleTimes = new LinkedHashMap<>();
        int classCount = 0;
        int violations = 0;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> importCpus = new ArrayList<>();
        List<Double> evaluationCpus = new ArrayList<>();
        for (int run = 1 - warmUps; run <= runs; run++) {
            boolean warmUp = run <= 0;
            System.gc();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            JavaClasses classes = new ClassFileImporter().importPath(classesDir);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            CheckResult result = PolicyCheck.builder().policy(policy).classes(classes).reportDirectory(null).build().run();
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            double importMs = (t1 - t0) / 1e6;
            double evalMs = (t2 - t1) / 1e6;
            double importCpuMs = (c1 - c0) / 1e6;
            double evalCpuMs = (c2 - c1) / 1e6;
            classCount = result.classes();
            List<ClauseResult> failed = result.failed();
            violations = failed.stream().mapToInt(c -> c.violations().size()).sum();
            if (!failed.isEmpty()) {
                System.out.println("FAILED: the codebase does not pass the check, so it measures nothing"
                        + " realistic:");
                for (ClauseResult c : failed) {
                    System.out.println(c.clause() + " [" + c.rule() + "]");
                    c.violations().stream().limit(20).forEach(v -> System.out.println("  - " + v));
                    if (c.violations().size() > 20) {
                        System.out.println("  ... and " + (c.violations().size() - 20) + " more");
                    }
                }
                System.out.println("RESULT classes=" + classCount + " violations=" + violations + " failed=true");
                System.exit(1);
            }
            long heapMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf(Locale.ROOT, "%s classes=%d import_ms=%.1f eval_ms=%.1f (kit's evaluationMillis=%d)"
                    + " ratio=%.3f | main thread CPU: import_cpu_ms=%.1f eval_cpu_ms=%.1f ratio=%.3f | clauses=%d"
                    + " heap_used_mb=%d%n", warmUp ? "warm-up " + (run + warmUps) : "run " + run, classCount,
                    importMs, evalMs, result.evaluationMillis(), evalMs / importMs, importCpuMs, evalCpuMs, evalCpuMs / importCpuMs,
                    result.clauses().size(), heapMb);
            if (!warmUp) {
                importCpus.add(importCpuMs);
                evaluationCpus.add(evalCpuMs);
                imports.add(importMs);
                evaluations.add(evalMs);
                kitEvaluations.add(result.evaluationMillis());
            }
            if (perRule) {
                classes = null;
                System.gc();
                perRule(policy, classesDir, warmUp ? null : ruleTimes);
            }
        }
        if (perRule) {
            System.out.println("per rule, median of " + runs + " runs (main thread CPU ms), on a fresh import with"
                    + " ArchUnit's dependencies computed first:");
            double total = ruleTimes.values().stream().mapToDouble(DriftCheckTimer::median).sum();
            double archUnit = ruleTimes.entrySet().stream().filter(e -> e.getKey().startsWith(DEPENDENCIES))
                    .mapToDouble(e -> median(e.getValue())).sum();
            ruleTimes.entrySet().stream().sorted((a, b) -> Double.compare(median(b.getValue()), median(a.getValue())))
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %9.2f  %5.1f%%  %s%n", median(e.getValue()),
                            100 * median(e.getValue()) / total, e.getKey()));
            System.out.printf(Locale.ROOT, "  %9.2f  total%n", total);
            System.out.printf(Locale.ROOT, "PER_RULE classes=%d archunit_dependencies_cpu_ms=%.1f kit_cpu_ms=%.1f%n",
                    classCount, archUnit, total - archUnit);
        }
        System.out.printf(Locale.ROOT, "RESULT classes=%d import_ms_median=%.1f import_ms_min=%.1f import_ms_max=%.1f"
                        + " eval_ms_median=%.1f eval_ms_min=%.1f eval_ms_max=%.1f ratio=%.4f kit_eval_ms_median=%.1f"
                        + " import_cpu_ms_median=%.1f eval_cpu_ms_median=%.1f cpu_ratio=%.4f runs=%d violations=%d%n",
                classCount, median(imports), min(imports), max(imports), median(evaluations), min(evaluations),
                max(evaluations), median(evaluations) / median(imports),
                median(kitEvaluations.stream().map(Long::doubleValue).toList()), median(importCpus),
                median(evaluationCpus), median(evaluationCpus) / median(importCpus), runs, violations);
    }

    /**
     * Each rule on its own, on a fresh import of the same classes (untimed): first ArchUnit's own lazily computed
     * dependencies of every class (what the first rule that reads them pays for), then the first rule alone
     * (which also builds the kit's shared index), then every rule with the index built. Main thread CPU time, which
     * other processes on the machine disturb less than wall time.
     */
    private static void perRule(Policy policy, Path classesDir, Map<String, List<Double>> times) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        JavaClasses classes = new ClassFileImporter().importPath(classesDir);
        Map<String, Double> run = new LinkedHashMap<>();
        long d = threads.getCurrentThreadCpuTime();
        long count = 0;
        for (JavaClass type : classes) {
            count += type.getDirectDependenciesFromSelf().size();
        }
        run.put(DEPENDENCIES + " (" + count + " dependencies)", (threads.getCurrentThreadCpuTime() - d) / 1e6);
        List<PolicyRule> rules = PolicyRules.of(policy).rules();
        long s = threads.getCurrentThreadCpuTime();
        rules.get(0).archRule().evaluate(classes);
        double first = (threads.getCurrentThreadCpuTime() - s) / 1e6;
        for (PolicyRule rule : rules) {
            long t = threads.getCurrentThreadCpuTime();
            rule.archRule().evaluate(classes);
            run.merge(rule.id() + ": " + rule.clause(), (threads.getCurrentThreadCpuTime() - t) / 1e6, Double::sum);
        }
        run.put(INDEX, Math.max(0, first - run.get(rules.get(0).id() + ": " + rules.get(0).clause())));
        if (times != null) {
            run.forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
