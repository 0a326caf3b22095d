package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kit's own code, checked against the policy: every rule about what code does passes. The rules about what
 * the policy promises (a purge job, an eraser, an age check, code calling a recipient) have nothing to find in a
 * library, and say so.
 */
class KitOnItselfTest {
    static final Set<String> POLICY_TO_CODE = Set.of("stale-element", "retention-job", "rights-handler", "minimum-age",
            "recipient-adapter");

    @Test
    void the_kits_own_classes_do_nothing_the_policy_does_not_declare() {
        long start = System.nanoTime();
        JavaClasses kit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tech.openfactory.policy");
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        CheckResult result = PolicyCheck.builder().policy(Fixtures.policy()).classes(kit).reportDirectory(null).build().run();
        List<String> codeDirection = result.failed().stream().filter(c -> !POLICY_TO_CODE.contains(c.rule().id()))
                .flatMap(c -> c.violations().stream())
                // A library stores nothing and sets no cookie: the kit says it found nothing, rather than passing.
                .filter(v -> !v.startsWith("0 persisted types found") && !v.startsWith("the policy declares "))
                .toList();
        assertEquals(List.of(), codeDirection);
        assertTrue(result.failed().stream().anyMatch(c -> c.rule() == RuleId.UNDECLARED_PERSONAL_DATA));
        System.out.printf("kit on itself: %d classes, import %d ms, evaluation %d ms%n", result.classes(), importMillis,
                result.evaluationMillis());
    }
}
