package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which edits are material: more collected, kept, shared or set, or less promised. */
class PolicyDiffTest {

    private static PolicyDiff diff(PolicyFile changed) throws PolicyException {
        return PolicyDiff.between(PolicyFile.valid().load(), changed.load());
    }

    /** Each edit of the fixture, the one fact it changes (type noun 'subject' aspect), and the kind it makes. */
    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("longer retention", "keptFor: { typically: 90 days }", "keptFor: { typically: 120 days }",
                        "CHANGED retention rule 'Security logs' kept for", ChangeKind.MATERIAL),
                Arguments.of("shorter retention", "keptFor: { typically: 90 days }", "keptFor: { typically: 60 days }",
                        "CHANGED retention rule 'Security logs' kept for", ChangeKind.EDITORIAL),
                Arguments.of("new element", "{ id: roles, label: roles }", "{ id: roles, label: roles }\n        - { id: team, label: team }",
                        "ADDED element of Organization and integration data 'team' null", ChangeKind.MATERIAL),
                Arguments.of("element removed", "        - { id: roles, label: roles }\n", "",
                        "REMOVED element of Organization and integration data 'roles' null", ChangeKind.EDITORIAL),
                Arguments.of("new recipient", "    - id: legal-obligations\n", "    - id: payments\n      name: Payment processors\n"
                        + "      description: They charge your card.\n    - id: legal-obligations\n",
                        "ADDED recipient 'Payment processors' null", ChangeKind.MATERIAL),
                Arguments.of("right removed", "    - id: objection\n      name: Objection\n      description: Object to"
                        + " processing where the law gives you that right.\n", "",
                        "REMOVED right 'Objection' null", ChangeKind.MATERIAL),
                Arguments.of("commitment removed", "    - id: no-sale\n      text: We do not sell personal data.\n", "",
                        "REMOVED commitment 'We do not sell personal data.' null", ChangeKind.MATERIAL),
                Arguments.of("cookie becomes required", "      required: false", "      required: true",
                        "CHANGED cookie 'Analytics cookies' required", ChangeKind.MATERIAL),
                Arguments.of("cookie no longer required", "      required: true", "      required: false",
                        "CHANGED cookie 'Session cookie' required", ChangeKind.EDITORIAL),
                Arguments.of("lower minimum age", "    minimumAge: 16", "    minimumAge: 13",
                        "CHANGED children 'Children' minimum age", ChangeKind.MATERIAL),
                Arguments.of("encryption dropped", "label: integration credentials, encrypted: true }",
                        "label: integration credentials }",
                        "CHANGED element of Organization and integration data 'integration credentials' encrypted",
                        ChangeKind.MATERIAL),
                Arguments.of("slower answers", "  responseTime: 30 days", "  responseTime: 45 days",
                        "CHANGED requests 'Your rights and controls' response time", ChangeKind.MATERIAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void classifies_each_kind_of_change(String name, String from, String to, String fact, ChangeKind kind)
            throws PolicyException {
        PolicyDiff diff = diff(PolicyFile.valid().replace(from, to));
        assertEquals(List.of(fact), diff.facts().stream()
                .map(c -> c.type() + " " + c.noun() + " '" + c.subject() + "' " + c.aspect()).toList());
        assertEquals(kind, diff.kind());
    }

    @Test
    void keeps_the_structured_values_of_a_change() throws PolicyException {
        Change change = diff(PolicyFile.valid().replace("keptFor: { typically: 90 days }", "keptFor: { typically: 120 days }"))
                .facts().get(0);
        assertEquals(new KeptFor.Typically(Period.parse("90 days")), change.before());
        assertEquals(new KeptFor.Typically(Period.parse("120 days")), change.after());
        assertEquals("retention", change.section());
    }

    @Test
    void a_wording_change_is_editorial_and_shows_as_prose_only() throws PolicyException {
        PolicyDiff diff = diff(PolicyFile.valid().replace("We do not sell personal data.", "We never sell personal data."));
        assertEquals(List.of(), diff.facts());
        assertEquals(ChangeKind.EDITORIAL, diff.kind());
        assertEquals(1, diff.passages().size());
        assertEquals("restrictions.commitments.no-sale", diff.passages().get(0).after().key());
        assertEquals("We do not sell personal data.", diff.passages().get(0).before().text());
    }

    @Test
    void the_same_policy_has_no_change() throws PolicyException {
        assertEquals(ChangeKind.NONE, diff(PolicyFile.valid()).kind());
    }
}
