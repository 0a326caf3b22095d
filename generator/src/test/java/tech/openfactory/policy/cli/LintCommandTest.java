package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.site.Project;

/** {@code policy lint}, and the lint as check and diff run it: what legal reads in a pull request. */
class LintCommandTest {
    static final String AS_OF = "2026-12-01";
    static final String NL = System.lineSeparator();

    static Path complete() {
        return Project.root().resolve("examples/complete-policy/content");
    }

    static List<String> lines(String out) {
        return List.of(out.split("\\R"));
    }

    @Test
    void lint_lists_what_the_real_policy_does_not_say_as_warnings() {
        Run run = Run.of("lint", "--content", Project.content().toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = lines(run.out());
        String file = Project.content().resolve("privacy/policy.yaml").toString();
        assertEquals(file + ":27:7: GDPR 13(2)(e): category 'account' does not say whether providing it is required;"
                + " add provision: with requirement: statutory, contractual, contract-entry, voluntary", lines.get(0));
        assertTrue(lines.contains(file + ":88:7: GDPR 13(1)(c): purpose 'improve-the-product' has no legal basis; add"
                + " legalBasis: with one of consent, contract, legal-obligation, vital-interests, public-task,"
                + " legitimate-interests"), run.out());
        assertEquals("lint: 50 findings (gdpr, uk-gdpr, ccpa); `policy lint --explain gdpr-13-2-e` says what an item"
                + " asks and why", lines.get(lines.size() - 1));
        assertEquals(51, lines.size());
    }

    @Test
    void strict_turns_findings_into_a_failure() {
        Run run = Run.of("lint", "--strict", "--content", Project.content().toString(), "--as-of", AS_OF);
        assertEquals(1, run.exit());
    }

    @Test
    void the_complete_example_passes_even_strict() {
        Run run = Run.of("lint", "--strict", "--content", complete().toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("lint: the policy says everything the lint checks (gdpr, uk-gdpr, ccpa)" + NL, run.out());
    }

    @Test
    void a_regime_narrows_the_items_and_a_wrong_one_is_a_usage_error() {
        Run ccpa = Run.of("lint", "--regime", "ccpa", "--content", Project.content().toString(), "--as-of", AS_OF);
        List<String> lines = lines(ccpa.out());
        assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.contains(": CCPA ")), ccpa.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("lint: 22 findings (ccpa)"), ccpa.out());

        Run wrong = Run.of("lint", "--regime", "gdpr,gdrp");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().startsWith("Invalid value for option '--regime' (LIST): unknown regime 'gdrp'; write one"
                + " or more of gdpr, uk-gdpr, ccpa, separated by commas"), wrong.err());
    }

    @Test
    void explain_prints_the_article_what_it_asks_and_how_to_accept_it() {
        Run run = Run.of("lint", "--explain", "GDPR 13(1)(b)");
        assertEquals(0, run.exit());
        assertEquals(List.of("gdpr-13-1-b: GDPR 13(1)(b) — The data protection officer",
                "Applies under: GDPR, UK GDPR",
                "Where a data protection officer is designated, the notice must give their contact details. The lint"
                        + " asks the policy to say either way: contact.dpo with name and email, or dpo: none-appointed.",
                "Not applicable? Add to the policy file: lint: { accepted: [{ item: gdpr-13-1-b, reason: \"why\" }] }"),
                lines(run.out()));

        Run all = Run.of("lint", "--explain");
        assertEquals(tech.openfactory.policy.lint.LintItem.values().length, lines(all.out()).size());
        assertEquals("gdpr-13-1-a  GDPR 13(1)(a)  The controller's identity and contact details", lines(all.out()).get(0));

        Run unknown = Run.of("lint", "--explain", "gdpr-99");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("unknown lint item 'gdpr-99'; run `policy lint --explain` for the list"),
                unknown.err());
    }

    @Test
    void check_prints_the_findings_after_validating_and_fails_on_them_only_when_strict() {
        Run run = Run.of("check", "--content", Project.content().toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = lines(run.out());
        assertTrue(lines.get(0).endsWith("policy.yaml: valid (5 data categories, 18 elements, 6 retention rules,"
                + " 2 cookies)"), lines.get(0));
        assertTrue(lines.get(2).contains(": GDPR 13(2)(e): category 'account'"), lines.get(2));
        assertTrue(lines.get(lines.size() - 1).startsWith("lint: 50 findings"), run.out());

        assertEquals(1, Run.of("check", "--strict", "--content", Project.content().toString(), "--as-of", AS_OF).exit());
    }

    @Test
    void an_unknown_accepted_item_is_an_error_at_its_line(@TempDir Path dir) throws Exception {
        Path content = Project.contentWith(dir, Project.policyText() + "\nlint:\n  accepted:\n"
                + "    - { item: gdpr-13-1-bb, reason: none appointed yet }\n");
        Run run = Run.of("lint", "--content", content.toString(), "--as-of", AS_OF);
        assertEquals(1, run.exit());
        int line = lines(Files.readString(content.resolve("privacy/policy.yaml"))).size();
        assertEquals(content.resolve("privacy/policy.yaml") + ":" + line + ":9: lint.accepted[0].item: unknown lint item"
                + " 'gdpr-13-1-bb'; did you mean 'gdpr-13-1-b'? write an id that `policy lint --explain` lists" + NL,
                run.err());
    }

    @Test
    void an_accepted_gap_is_shown_with_its_reason_and_leaves_the_count(@TempDir Path dir) throws Exception {
        Path content = Project.contentWith(dir, Project.policyText() + "\nlint:\n  accepted:\n"
                + "    - { item: uk-gdpr-27, reason: OpenFactory does not address people in the UK }\n");
        Run run = Run.of("lint", "--content", content.toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(": accepted UK GDPR 27: the policy does not say whether a representative in the"
                + " UK is appointed (lint.accepted: OpenFactory does not address people in the UK)" + NL), run.out());
        assertTrue(run.out().endsWith("lint: 49 findings (gdpr, uk-gdpr, ccpa), 1 accepted in lint.accepted; `policy"
                + " lint --explain gdpr-13-2-e` says what an item asks and why" + NL), run.out());
    }

    @Test
    void diff_shows_the_findings_a_change_resolves_and_adds(@TempDir Path dir) throws Exception {
        String old = Project.policyText();
        String now = Project.policyWith("      name: Run the service\n", "      name: Run the service\n"
                + "      legalBasis: contract\n");
        now = now.replace("    - id: objection\n", "    - id: restriction\n      name: Restriction\n      description:"
                + " Have us stop using your data.\n    - id: objection\n");
        Files.writeString(dir.resolve("old.yaml"), old);
        Files.writeString(dir.resolve("new.yaml"), now.replace("  - id: analytics\n      name: Analytics\n",
                "  - id: analytics\n      name: Analytics\n      transfers:\n        - country: US\n"));
        Run run = Run.of("diff", "--regime", "gdpr", dir.resolve("old.yaml").toString(), dir.resolve("new.yaml").toString());
        assertTrue(run.out().endsWith("### What the law asks that the policy does not say\n\n`policy lint` (gdpr): 31"
                + " findings open; this change resolves 3 and adds 1.\n\n**Resolved by this change**\n\n"
                + "- GDPR 13(1)(c): purpose 'run-the-service' has no legal basis\n"
                + "- GDPR 13(1)(f): recipient 'analytics' does not say whether it receives data outside the EEA or the UK\n"
                + "- GDPR 13(2)(b): the right to restriction of processing is not listed\n"
                + "\n**Added by this change**\n\n- line 128: GDPR 13(1)(f): the transfer of recipient 'analytics' to US"
                + " has no ground; add mechanism: with one of adequacy, sccs, bcrs, derogation\n"), run.out());
    }
}
