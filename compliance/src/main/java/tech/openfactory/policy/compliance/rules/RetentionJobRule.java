package tech.openfactory.policy.compliance.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.Bytecode;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.RetentionRule;
import tech.openfactory.policy.model.Section;

/**
 * §5: each retention rule purged automatically has a purge job, and the period the job's code computes with is the
 * policy's. The period is read from the code ({@code Duration.ofDays(90)}, {@code minusDays(90)},
 * {@code minus(90, ChronoUnit.DAYS)}, a static constant holding one); {@code keeps} on the annotation, when written,
 * must agree too.
 */
public final class RetentionJobRule {
    private RetentionJobRule() {}

    /** One condition per retention rule whose data is purged automatically after a period. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (RetentionRule rule : context.policy().retention().rules()) {
            if (!(rule.afterDeletion() instanceof AfterDeletion.PurgedAutomatically)) {
                continue;
            }
            Period period = period(rule.keptFor());
            if (period == null) {
                continue;
            }
            conditions.add(new ClauseCondition(context, RuleId.RETENTION_JOB, clause(context, rule),
                    (index, sink) -> check(context, rule, period, index, sink)));
        }
        return conditions;
    }

    /** The clause of a rule purged automatically after a period, e.g. "§5 Retention — ISO images: purged within 90 days of the build". */
    public static String clause(CheckContext context, RetentionRule rule) {
        String after = rule.keptFor() instanceof KeptFor.UpTo up && up.after() != null
                ? " of " + (up.after().startsWith("the ") ? "" : "the ") + up.after() : "";
        return context.clause(Section.RETENTION, rule.label() + ": purged within " + period(rule.keptFor()) + after);
    }

    /** The period after which a rule's data is purged automatically; null when it is not purged after a period. */
    public static Period purgePeriod(RetentionRule rule) {
        return rule.afterDeletion() instanceof AfterDeletion.PurgedAutomatically ? period(rule.keptFor()) : null;
    }

    private static void check(CheckContext context, RetentionRule rule, Period period, CodeIndex index,
            ClauseCondition.Sink sink) {
        List<CodeIndex.Job> jobs = index.jobs().stream().filter(j -> j.rule().equals(rule.id())).toList();
        if (jobs.isEmpty()) {
            String candidates = index.purgeCandidates().stream()
                    .map(c -> CodeIndex.name(c.method()) + " deletes (" + c.deletes() + ")"
                            + (c.scheduled() ? " on a schedule" : ""))
                    .collect(Collectors.joining("; "));
            sink.violation("retention." + rule.id(), "the policy says " + rule.label() + " are purged automatically"
                    + " after " + period + ", but no job declares @RetentionJob(rule = \"" + rule.id() + "\")"
                    + (candidates.isEmpty() ? "" : "; " + candidates + ": if it purges " + rule.label()
                            + ", annotate it @RetentionJob(rule = \"" + rule.id() + "\")")
                    + "; write the purge job, " + context.review());
        }
        for (CodeIndex.Job job : jobs) {
            String where = CodeIndex.name(job.where());
            if (!job.keeps().isBlank()) {
                Period keeps;
                try {
                    keeps = Period.parse(job.keeps());
                } catch (IllegalArgumentException e) {
                    sink.violation(job.where(), where + " declares keeps = \"" + job.keeps() + "\": " + e.getMessage());
                    continue;
                }
                if (keeps.approximateDays() != period.approximateDays()) {
                    sink.violation(job.where(), where + " declares it keeps " + rule.label() + " for " + keeps
                            + ", but the policy says " + period + "; make the job keep " + period + ", " + context.review());
                    continue;
                }
            }
            List<Bytecode.TimeSpan> spans = job.spans();
            if (spans.isEmpty()) {
                sink.unverified(where + ": the period its code uses could not be read statically (no Duration.ofDays,"
                        + " minusDays or ChronoUnit arithmetic with a constant); only its @RetentionJob is checked");
                continue;
            }
            List<Bytecode.TimeSpan> matching = spans.stream().filter(s -> sameLength(s, period)).toList();
            if (!matching.isEmpty()) {
                sink.evidence(where + " keeps " + rule.label() + " for " + period + ": " + matching.get(0));
            } else {
                sink.violation(job.where(), where + " keeps " + rule.label() + " for "
                        + spans.stream().map(s -> s.amount() + " " + s.unit().name().toLowerCase(java.util.Locale.ROOT) + " (" + s + ")").distinct().collect(Collectors.joining(", "))
                        + " in its code, but the policy says " + period + "; make the job keep " + period + ", "
                        + context.review());
            }
        }
    }

    /** Whether a span in code is the policy's period: the same amount of the same unit, or the same number of days. */
    static boolean sameLength(Bytecode.TimeSpan span, Period period) {
        ChronoUnit unit = switch (period.unit()) {
            case DAYS -> ChronoUnit.DAYS;
            case WEEKS -> ChronoUnit.WEEKS;
            case MONTHS -> ChronoUnit.MONTHS;
            case YEARS -> ChronoUnit.YEARS;
        };
        if (span.unit() == unit) {
            return span.amount() == period.amount();
        }
        long seconds = unit.getDuration().getSeconds() * period.amount();
        return span.unit().getDuration().getSeconds() * span.amount() == seconds;
    }

    private static Period period(KeptFor keptFor) {
        if (keptFor instanceof KeptFor.UpTo up) {
            return up.period();
        }
        return keptFor instanceof KeptFor.Typically t ? t.period() : null;
    }
}
