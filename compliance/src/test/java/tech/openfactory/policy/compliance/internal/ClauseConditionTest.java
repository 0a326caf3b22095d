package tech.openfactory.policy.compliance.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.model.PolicyLoader;

/** An evaluation's evidence belongs to that evaluation: none is read from state another one left behind. */
class ClauseConditionTest {
    private static final JavaClasses ONE = new ClassFileImporter().importClasses(String.class);
    private static final JavaClasses TWO = new ClassFileImporter().importClasses(Integer.class, Long.class);

    private static CheckContext context() throws Exception {
        var policy = PolicyLoader.builder().build().load(java.nio.file.Path.of("src/test/resources/fixture/policy.yaml"));
        return new CheckContext(policy, "the test policy");
    }

    @Test
    void two_evaluations_at_once_each_get_their_own_evidence() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ClauseCondition condition = new ClauseCondition(context(), RuleId.ENCRYPTION, "a clause", (index, sink) -> {
            // The evaluation of ONE waits inside its check until the evaluation of TWO has finished.
            if (index.classes().size() == 1) {
                firstStarted.countDown();
                await(secondDone);
            }
            index.classes().forEach(c -> sink.evidence(c.getSimpleName()));
        });
        ArchRule rule = classes().should(condition).allowEmptyShould(true);

        CompletableFuture<ClauseCondition.Outcome> first = CompletableFuture.supplyAsync(() -> {
            rule.evaluate(ONE);
            return condition.takeOutcome();
        });
        await(firstStarted);
        rule.evaluate(TWO);
        ClauseCondition.Outcome second = condition.takeOutcome();
        secondDone.countDown();

        assertEquals(List.of("Integer", "Long"), second.evidence().stream().sorted().toList());
        assertEquals(List.of("String"), first.get(10, TimeUnit.SECONDS).evidence());
    }

    @Test
    void an_outcome_is_handed_over_once() throws Exception {
        ClauseCondition condition = new ClauseCondition(context(), RuleId.ENCRYPTION, "a clause",
                (index, sink) -> sink.evidence("backed"));
        classes().should(condition).evaluate(ONE);
        assertEquals(List.of("backed"), condition.takeOutcome().evidence());
        assertEquals(ClauseCondition.Outcome.NONE, condition.takeOutcome());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the other evaluation did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
