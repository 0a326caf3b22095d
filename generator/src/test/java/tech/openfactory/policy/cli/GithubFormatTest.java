package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.openfactory.policy.lint.Finding;
import tech.openfactory.policy.lint.LintItem;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.site.Project;

/**
 * {@code check} and {@code lint} with {@code --format github}: each problem an {@code ::error} and each finding a
 * {@code ::warning} workflow command at its line, escaped as GitHub's workflow commands require, the summaries as
 * text; and {@code --format text}, the default, byte for byte what the commands printed before.
 */
class GithubFormatTest {
    static final String AS_OF = LintCommandTest.AS_OF;
    static final String NL = System.lineSeparator();
    static final Pattern TEXT_LINE = Pattern.compile("(.+?):(\\d+):(\\d+): (.*)");

    static List<String> lines(String out) {
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }

    /** The text line {@code file:line:col: message} as the workflow command GitHub reads (file without , or :). */
    static String annotation(String command, String textLine) {
        Matcher m = TEXT_LINE.matcher(textLine);
        assertTrue(m.matches(), textLine);
        return "::" + command + " file=" + m.group(1) + ",line=" + m.group(2) + ",col=" + m.group(3) + "::"
                + m.group(4).replace("%", "%25");
    }

    @Test
    void check_prints_each_finding_as_a_warning_annotation_and_the_rest_as_text() {
        String content = Project.content().toString();
        Run text = Run.of("check", "--content", content, "--as-of", AS_OF);
        Run github = Run.of("check", "--format", "github", "--content", content, "--as-of", AS_OF);
        assertEquals(0, github.exit(), github.err());
        assertEquals("", github.err());
        String file = Project.content().resolve("privacy/policy.yaml").toString();
        List<String> lines = lines(github.out());
        assertEquals("::warning file=" + file + ",line=27,col=7::GDPR 13(2)(e): category 'account' does not say whether"
                + " providing it is required; add provision: with requirement: statutory, contractual, contract-entry,"
                + " voluntary", lines.get(2));
        assertTrue(lines.contains("::warning file=" + file + ",line=88,col=7::GDPR 13(1)(c): purpose"
                + " 'improve-the-product' has no legal basis; add legalBasis: with one of consent, contract,"
                + " legal-obligation, vital-interests, public-task, legitimate-interests"), github.out());

        // Line for line the text output: the two status lines and the summary as they are, each finding annotated.
        List<String> expected = new ArrayList<>();
        List<String> textLines = lines(text.out());
        for (int i = 0; i < textLines.size(); i++) {
            boolean finding = i >= 2 && i < textLines.size() - 1;
            expected.add(finding ? annotation("warning", textLines.get(i)) : textLines.get(i));
        }
        assertEquals(expected, lines);
        assertEquals(53, lines.size());
        assertEquals(50, lines.stream().filter(l -> l.startsWith("::warning file=")).count());
        assertEquals("lint: 50 findings (gdpr, uk-gdpr, ccpa); `policy lint --explain gdpr-13-2-e` says what an item"
                + " asks and why", lines.get(lines.size() - 1));
    }

    @Test
    void lint_findings_alone_never_fail_and_strict_still_does() {
        String content = Project.content().toString();
        Run run = Run.of("lint", "--format", "github", "--content", content, "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        assertEquals(51, lines(run.out()).size());
        assertEquals(50, lines(run.out()).stream().filter(l -> l.startsWith("::warning file=")).count());
        assertEquals(1, Run.of("lint", "--format", "github", "--strict", "--content", content, "--as-of", AS_OF).exit());
        assertEquals(1, Run.of("check", "--format", "github", "--strict", "--content", content, "--as-of", AS_OF).exit());
    }

    @Test
    void a_policy_error_is_an_error_annotation_with_its_file_and_message_escaped(@TempDir Path dir) throws Exception {
        // A folder whose name holds the two characters that delimit properties, and a key holding a '%'.
        String policy = Project.policyWith("  title: What we collect", "  tit%le: What we collect");
        Path content = Project.contentWith(dir.resolve("pr,14:content"), policy);
        String file = content.resolve("privacy/policy.yaml").toString();
        String escapedFile = file.replace(",", "%2C").replace(":", "%3A");
        int line = lineOf(policy, "tit%le:");

        for (String command : List.of("check", "lint")) {
            Run run = Run.of(command, "--format", "github", "--content", content.toString(), "--as-of", AS_OF);
            assertEquals(1, run.exit(), command);
            assertEquals("", run.out(), command);
            String consequence = command.equals("check") ? "nothing was written" : "nothing was linted";
            assertEquals("::error file=" + escapedFile + ",line=" + line + ",col=3::collection.tit%25le: unknown key"
                    + " 'tit%25le'; did you mean 'title'? Known keys here: title, categories, intro, sources" + NL
                    + "1 problem in " + file + "; " + consequence + NL, run.err(), command);
        }
    }

    @Test
    void several_problems_are_one_annotation_each_at_their_lines(@TempDir Path dir) throws Exception {
        String policy = Project.policyWith("effective: 2026-03-10", "effective: 2026-02-30")
                .replace("  email: privacy@openfactory.tech", "  email: privacy@openfactory.tech\n  email: legal@openfactory.tech");
        Path content = Project.contentWith(dir, policy);
        String file = content.resolve("privacy/policy.yaml").toString();
        Run text = Run.of("check", "--content", content.toString());
        Run github = Run.of("check", "--format", "github", "--content", content.toString());
        assertEquals(1, github.exit());
        int email = lineOf(policy, "email: privacy@");
        assertEquals(List.of(
                "::error file=" + file + ",line=9,col=12::effective: '2026-02-30' is not a date that exists; write a"
                        + " real calendar date as YYYY-MM-DD",
                "::error file=" + file + ",line=" + (email + 1) + ",col=3::contact.email: duplicate key, also written at"
                        + " line " + email + ":3; keep one of the two",
                "2 problems in " + file + "; nothing was written"), lines(github.err()));
        List<String> textLines = lines(text.err());
        assertEquals(List.of(annotation("error", textLines.get(0)), annotation("error", textLines.get(1)),
                textLines.get(2)), lines(github.err()));
    }

    @Test
    void an_accepted_gap_stays_text_and_one_that_excuses_nothing_is_a_warning(@TempDir Path dir) throws Exception {
        String policy = Project.policyText() + "\nlint:\n  accepted:\n"
                + "    - { item: uk-gdpr-27, reason: \"OpenFactory does not address people in the UK, 100%\" }\n"
                + "    - { item: gdpr-13-2-c, reason: said already }\n";
        Path content = Project.contentWith(dir, policy);
        String file = content.resolve("privacy/policy.yaml").toString();
        Run run = Run.of("lint", "--format", "github", "--content", content.toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = lines(run.out());
        int last = lines(policy).size();
        assertEquals(List.of(
                file + ":245:1: accepted UK GDPR 27: the policy does not say whether a representative in the UK is"
                        + " appointed (lint.accepted: OpenFactory does not address people in the UK, 100%)",
                "::warning file=" + file + ",line=" + last + ",col=9::lint.accepted: gdpr-13-2-c is accepted, but the"
                        + " policy now says what it asks; remove the entry",
                "lint: 49 findings (gdpr, uk-gdpr, ccpa), 1 accepted in lint.accepted, 1 accepted gap to remove;"
                        + " `policy lint --explain gdpr-13-2-e` says what an item asks and why"),
                lines.subList(lines.size() - 3, lines.size()));
    }

    @Test
    void an_unknown_accepted_item_is_an_error_annotation(@TempDir Path dir) throws Exception {
        Path content = Project.contentWith(dir, Project.policyText() + "\nlint:\n  accepted:\n"
                + "    - { item: gdpr-13-1-bb, reason: none appointed yet }\n");
        Run run = Run.of("lint", "--format", "github", "--content", content.toString(), "--as-of", AS_OF);
        assertEquals(1, run.exit());
        int line = lines(Files.readString(content.resolve("privacy/policy.yaml"))).size();
        assertEquals("::error file=" + content.resolve("privacy/policy.yaml") + ",line=" + line + ",col=9::"
                + "lint.accepted[0].item: unknown lint item 'gdpr-13-1-bb'; did you mean 'gdpr-13-1-b'? write an id that"
                + " `policy lint --explain` lists" + NL, run.err());
    }

    @Test
    void escaping_follows_the_rules_of_workflow_commands() {
        // Message: % then CR and LF. Properties: those, and the ',' and ':' that end a property.
        Problem problem = new Problem("pr,14/a:b%c.yaml", 3, 4, "cookies[0].name", "100% wrong\r\nsecond line, still: one");
        assertEquals("::error file=pr%2C14/a%3Ab%25c.yaml,line=3,col=4::cookies[0].name: 100%25 wrong%0D%0Asecond"
                + " line, still: one", LintCommand.Format.GITHUB.problem(problem));
        assertEquals("::error file=a.yaml,line=1,col=1::cannot read the file; check it",
                LintCommand.Format.GITHUB.problem(new Problem("a.yaml", 1, 1, "", "cannot read the file; check it")));
        assertEquals("%25%2525%0A%0D::,", LintCommand.Format.data("%%25\n\r::,"));
        assertEquals("%25%2525%0A%0D%3A%3A%2C", LintCommand.Format.property("%%25\n\r::,"));

        Finding finding = new Finding(LintItem.values()[0], "content/privacy/policy.yaml", 12, 5, "GDPR 13(1)(a)",
                "50% of it\nis missing");
        assertEquals("::warning file=content/privacy/policy.yaml,line=12,col=5::GDPR 13(1)(a): 50%25 of it%0Ais missing",
                LintCommand.Format.GITHUB.finding(finding));
        assertEquals("content/privacy/policy.yaml:12:5: GDPR 13(1)(a): 50% of it\nis missing",
                LintCommand.Format.TEXT.finding(finding));
        assertEquals(problem.toString(), LintCommand.Format.TEXT.problem(problem));
    }

    @Test
    void text_is_the_default_and_prints_exactly_what_the_commands_printed_before(@TempDir Path dir) throws Exception {
        String content = Project.content().toString();
        Path broken = Project.contentWith(dir, Project.policyWith("  title: What we collect", "  tilte: What we collect"));
        for (List<String> args : List.of(List.of("check", "--content", content, "--as-of", AS_OF),
                List.of("lint", "--content", content, "--as-of", AS_OF),
                List.of("check", "--content", broken.toString()),
                List.of("lint", "--content", broken.toString()))) {
            Run plain = Run.of(args.toArray(String[]::new));
            List<String> withText = new ArrayList<>(args);
            withText.addAll(1, List.of("--format", "text"));
            Run text = Run.of(withText.toArray(String[]::new));
            assertEquals(plain, text, String.join(" ", args));
            assertTrue(!plain.out().contains("::") && !plain.err().contains("::"), String.join(" ", args));
        }
    }

    @Test
    void an_unknown_format_is_a_usage_error_and_diff_has_no_format() {
        Run wrong = Run.of("check", "--format", "sarif");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().startsWith("Invalid value for option '--format': unknown format 'sarif'; write text or"
                + " github"), wrong.err());
        Run upper = Run.of("lint", "--format", "GITHUB");
        assertEquals(2, upper.exit());

        // diff prints Markdown for a comment; its findings are the check's to annotate.
        Run diff = Run.of("diff", "--format", "github");
        assertEquals(2, diff.exit());
        assertTrue(diff.err().startsWith("Unknown option: '--format'"), diff.err());
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }
}
