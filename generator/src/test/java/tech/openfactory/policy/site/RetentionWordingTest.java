package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.Period;

class RetentionWordingTest {

    static Stream<Arguments> keptFor() {
        return Stream.of(
                Arguments.of(new KeptFor.While(KeptFor.Condition.ACCOUNT_EXISTS), "While the account exists"),
                Arguments.of(new KeptFor.UpTo(Period.parse("90 days"), "build", null), "Up to 90 days after build"),
                Arguments.of(new KeptFor.UpTo(Period.parse("7 years"), null, "required"), "Up to 7 years when required"),
                Arguments.of(new KeptFor.UpTo(Period.parse("1 year"), null, null), "Up to 1 year"),
                Arguments.of(new KeptFor.Typically(Period.parse("90 days")), "Typically 90 days"),
                Arguments.of(new KeptFor.Typically(Period.parse("1 days")), "Typically 1 day"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void keptFor(KeptFor fact, String words) {
        assertEquals(words, RetentionWording.keptFor(fact));
    }

    static Stream<Arguments> afterDeletion() {
        return Stream.of(
                Arguments.of(new AfterDeletion.RemovedWithin(Period.parse("30 days")), "Removed within 30 days"),
                Arguments.of(new AfterDeletion.PurgedAutomatically(), "Purged automatically"),
                Arguments.of(new AfterDeletion.RetainedAsRequiredBy(List.of("law")), "Retained as required by law"),
                Arguments.of(new AfterDeletion.RetainedAsRequiredBy(List.of("law", "contract")),
                        "Retained as required by law or contract"),
                Arguments.of(new AfterDeletion.RetainedAsRequiredBy(List.of("law", "regulation", "contract")),
                        "Retained as required by law, regulation or contract"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void afterDeletion(AfterDeletion fact, String words) {
        assertEquals(words, RetentionWording.afterDeletion(fact));
    }
}
