package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each planted mistake gives the exact message an editor reads: file:line:col: path: problem; fix. */
class PolicyProblemsTest {
    private static final String F = PolicyFile.NAME;

    private static void assertProblems(PolicyFile file, String... expected) {
        assertEquals(List.of(expected), file.problems());
    }

    @Test
    void reports_a_typo_a_duplicate_key_and_a_bad_date_together_in_file_order() {
        PolicyFile file = PolicyFile.valid()
                .replace("effective: 2026-03-10", "effective: 2026-02-30")
                .replace("  title: What we collect", "  tilte: What we collect")
                .replace("  email: privacy@openfactory.tech", "  email: privacy@openfactory.tech\n  email: legal@openfactory.tech");
        int email = file.lineOf("email: privacy@");
        assertProblems(file,
                F + ":9:12: effective: '2026-02-30' is not a date that exists; write a real calendar date as YYYY-MM-DD",
                F + ":" + file.lineOf("tilte") + ":3: collection.tilte: unknown key 'tilte'; did you mean 'title'?"
                        + " Known keys here: title, categories, intro, sources",
                F + ":" + (email + 1) + ":3: contact.email: duplicate key, also written at line " + email
                        + ":3; keep one of the two");
    }

    @Test
    void lists_the_known_keys_when_no_key_is_close() {
        PolicyFile file = PolicyFile.valid().replace("  responseTime: 30 days", "  responseTime: 30 days\n  deadline: soon");
        assertProblems(file, F + ":" + file.lineOf("deadline") + ":3: rights.deadline: unknown key 'deadline';"
                + " write one of the known keys here: title, rights, responseTime, requests, requestMethods, verification, authorizedAgents");
    }

    @Test
    void reports_a_missing_required_key_at_its_mapping() {
        PolicyFile file = PolicyFile.valid().replace("  responseTime: 30 days\n", "");
        assertProblems(file, F + ":" + file.lineOf("title: Your rights") + ":3: rights: missing key 'responseTime';"
                + " add responseTime: to this mapping");
    }

    @Test
    void rejects_text_that_is_not_a_date() {
        PolicyFile file = PolicyFile.valid().replace("lastUpdated: 2026-04-08", "lastUpdated: April 8, 2026");
        assertProblems(file, F + ":10:14: lastUpdated: 'April 8, 2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-08");
    }

    @Test
    void rejects_a_retention_rule_for_an_unknown_category_and_suggests_the_nearest() {
        PolicyFile file = PolicyFile.valid().replace("      category: conversations\n", "      category: conversation\n");
        assertProblems(file, F + ":" + file.lineOf("category: conversation") + ":17: retention.rules[3].category:"
                + " unknown category 'conversation'; did you mean 'conversations'? The ids defined under"
                + " collection.categories are: account, builds, conversations, security, organizations");
    }

    @Test
    void rejects_a_duplicate_id_and_names_the_first_one() {
        PolicyFile file = PolicyFile.valid().replace("    - id: deletion\n", "    - id: access\n");
        int second = file.lineOf("name: Deletion") - 1;
        assertProblems(file, F + ":" + second + ":11: rights.rights[2].id: duplicate id 'access', already used at line "
                + file.lineOf("- id: access") + ":11; give each right its own id");
    }

    @Test
    void rejects_an_id_that_is_not_kebab_case() {
        PolicyFile file = PolicyFile.valid().replace("    - id: run-the-service", "    - id: Run the service");
        assertProblems(file, F + ":" + file.lineOf("id: Run the service") + ":11: use.purposes[0].id: 'Run the service'"
                + " is not a valid id; use lower-case words joined by hyphens, e.g. run-the-service");
    }

    @Test
    void rejects_empty_prose() {
        PolicyFile file = PolicyFile.valid().replace("      text: We do not sell personal data.", "      text: \"\"");
        assertProblems(file, F + ":" + file.lineOf("text: \"\"") + ":13: restrictions.commitments[0].text: is empty;"
                + " write the text that the page shows here");
    }

    @Test
    void rejects_a_list_where_text_belongs() {
        PolicyFile file = PolicyFile.valid().replace("controller: OpenFactory Inc.", "controller: [OpenFactory Inc.]");
        assertProblems(file, F + ":8:13: controller: expected text, found a list; write the text after the colon");
    }

    @Test
    void rejects_text_where_a_list_belongs() {
        PolicyFile file = PolicyFile.valid().replace("      afterDeletion: { retainedAsRequiredBy: [law, contract] }",
                "      afterDeletion: { retainedAsRequiredBy: law }");
        assertProblems(file, F + ":" + file.lineOf("retainedAsRequiredBy: law") + ":46:"
                + " retention.rules[5].afterDeletion.retainedAsRequiredBy: expected a list, found 'law';"
                + " write each item on its own line starting with '- '");
    }

    @Test
    void rejects_an_unknown_placeholder_at_its_exact_column() {
        PolicyFile file = PolicyFile.valid().replace("{{contact.email}} and", "{{contact.mail}} and");
        assertProblems(file, F + ":" + file.lineOf("{{contact.mail}}") + ":44: rights.requests: unknown placeholder"
                + " {{contact.mail}}; did you mean {{contact.email}}? Known placeholders: title, controller, effective,"
                + " lastUpdated, contact.email, contact.website, rights.responseTime,"
                + " childrenAndChanges.children.minimumAge");
    }

    @Test
    void rejects_a_placeholder_form_that_does_not_exist() {
        PolicyFile file = PolicyFile.valid().replace("{{rights.responseTime:compound}}", "{{rights.responseTime:short}}");
        assertProblems(file, F + ":" + file.lineOf("{{rights.responseTime:short}}") + ":5: rights.requests:"
                + " {{rights.responseTime}} has no form 'short'; write {{rights.responseTime}} or one of:"
                + " {{rights.responseTime:compound}}");
    }

    @Test
    void rejects_a_period_with_an_unknown_unit() {
        PolicyFile file = PolicyFile.valid().replace("keptFor: { typically: 90 days }", "keptFor: { typically: 90 dayz }");
        assertProblems(file, F + ":" + file.lineOf("90 dayz") + ":29: retention.rules[4].keptFor.typically:"
                + " unknown unit 'dayz'; write days, weeks, months or years");
    }

    @Test
    void rejects_a_period_of_zero() {
        PolicyFile file = PolicyFile.valid().replace("  responseTime: 30 days", "  responseTime: 0 days");
        assertProblems(file, F + ":" + file.lineOf("responseTime: 0") + ":17: rights.responseTime: '0 days' is not"
                + " a period of time; write a number of at least 1, e.g. 30 days");
    }

    @Test
    void rejects_two_retention_forms_in_one_rule() {
        PolicyFile file = PolicyFile.valid().replace("keptFor: { typically: 90 days }",
                "keptFor: { typically: 90 days, upTo: 90 days }");
        assertProblems(file, F + ":" + file.lineOf("typically: 90 days, upTo") + ":38: retention.rules[4].keptFor.upTo:"
                + " cannot be combined with typically; write exactly one of: while, upTo, typically");
    }

    @Test
    void rejects_a_flag_that_is_not_true_or_false() {
        PolicyFile file = PolicyFile.valid().replace("      required: true", "      required: always");
        assertProblems(file, F + ":" + file.lineOf("required: always") + ":17: cookies.cookies[0].required:"
                + " expected true or false, found 'always'; write true or false");
    }

    @Test
    void rejects_an_element_the_category_description_never_mentions() {
        PolicyFile file = PolicyFile.valid().replace("{ id: roles, label: roles }", "{ id: roles, label: job titles }");
        assertProblems(file, F + ":" + file.lineOf("label: job titles") + ":31: collection.categories[4].elements[1].label:"
                + " 'job titles' does not appear in the category's description; mention it there, or write the label"
                + " as the description words it");
    }

    @Test
    void reports_every_problem_of_the_file_in_one_run() {
        PolicyFile file = PolicyFile.valid()
                .replace("controller: OpenFactory Inc.", "controller:")
                .replace("      required: true", "      required: maybe")
                .replace("  minimumAge: 16", "  minimumAge: sixteen")
                .replace("      category: builds\n      label: ISO images", "      category: bilds\n      label: ISO images");
        assertEquals(4, file.problems().size(), String.join("\n", file.problems()));
    }

    /** Where {@code value} is written on the first line containing {@code line}: 1-based line and column. */
    private static String at(PolicyFile file, String line, String value) {
        String text = file.text().split("\n", -1)[file.lineOf(line) - 1];
        return F + ":" + file.lineOf(line) + ":" + (text.indexOf(value, text.indexOf(line)) + 1) + ": ";
    }

    @Test
    void reports_an_unknown_category_at_its_own_item_after_an_item_that_is_not_an_id() {
        PolicyFile file = PolicyFile.valid().replace("      name: Run the service\n",
                "      name: Run the service\n      categories: [conversations, {x: 1}, bogus]\n");
        String line = "categories: [conversations";
        assertProblems(file,
                at(file, line, "{x: 1}") + "use.purposes[0].categories[1]: expected text, found a mapping; write an id"
                        + " defined under collection.categories",
                at(file, line, "bogus") + "use.purposes[0].categories[2]: unknown category 'bogus'; write one of the"
                        + " ids defined under collection.categories: account, builds, conversations, security,"
                        + " organizations");
    }

    @Test
    void reports_a_wrong_package_at_its_own_item_after_an_item_that_is_not_a_word() {
        PolicyFile file = PolicyFile.valid().replace("      name: AI and processing providers\n",
                "      name: AI and processing providers\n      sdkPackages: [com.openai.., [x], \"not a package\"]\n");
        String line = "sdkPackages: [com.openai..";
        assertProblems(file,
                at(file, line, "[x]") + "sharing.recipients[1].sdkPackages[1]: expected text, found a list; write a"
                        + " package such as com.openai..",
                at(file, line, "\"not a package\"") + "sharing.recipients[1].sdkPackages[2]: 'not a package' is not a"
                        + " Java package; write one such as com.openai.. (the trailing .. includes its subpackages)");
    }

    @Test
    void reports_a_wrong_storage_package_at_its_item() {
        PolicyFile file = PolicyFile.valid().replace("childrenAndChanges:\n",
                "code:\n  storagePackages: [{}, com.example.., 1com]\n\nchildrenAndChanges:\n");
        String line = "storagePackages:";
        assertProblems(file,
                at(file, line, "{}") + "code.storagePackages[0]: expected text, found a mapping; write a package such"
                        + " as com.openai..",
                at(file, line, "1com") + "code.storagePackages[2]: '1com' is not a Java package; write one such as"
                        + " com.openai.. (the trailing .. includes its subpackages)");
    }

    @Test
    void a_file_with_broken_items_in_every_kind_of_list_reports_each_and_nothing_throws() {
        // The records copy their lists (List.copyOf refuses nulls): the mapper must hand them only what it read.
        PolicyFile file = PolicyFile.valid()
                .replace("      name: Run the service\n", "      name: Run the service\n      categories: [{}]\n")
                .replace("      name: Legal obligations\n", "      name: Legal obligations\n      categories: [[]]\n"
                        + "      sdkPackages: [{}]\n      transfers: [US]\n")
                .replace("    - id: regulated-agreements\n", "    - {}\n    - id: regulated-agreements\n")
                .replace("      required: true\n", "      required: true\n      names: [{}]\n")
                .replace("afterDeletion: { retainedAsRequiredBy: [law, contract] }", "afterDeletion: { retainedAsRequiredBy: [law, {}] }")
                .replace("    - id: portability\n      name: Portability\n", "    - portability\n    - id: portability\n"
                        + "      name: Portability\n")
                .replace("childrenAndChanges:\n", "code:\n  personalDataNames: [{}]\n  exemptions: [x]\n\nchildrenAndChanges:\n");
        assertProblems(file,
                at(file, "categories: [{}]", "{}") + "use.purposes[0].categories[0]: expected text, found a mapping;"
                        + " write an id defined under collection.categories",
                at(file, "categories: [[]]", "[]]") + "sharing.recipients[3].categories[0]: expected text, found a list;"
                        + " write an id defined under collection.categories",
                at(file, "sdkPackages: [{}]", "{}") + "sharing.recipients[3].sdkPackages[0]: expected text, found a"
                        + " mapping; write a package such as com.openai..",
                at(file, "transfers: [US]", "US") + "sharing.recipients[3].transfers[0]: expected a mapping of keys to"
                        + " values, found 'US'; write key: value pairs on the lines below, indented",
                at(file, "retainedAsRequiredBy: [law, {}]", "{}") + "retention.rules[5].afterDeletion"
                        + ".retainedAsRequiredBy[1]: expected text, found a mapping; write a word such as law",
                at(file, "    - portability", "portability") + "rights.rights[3]: expected a mapping of keys to values,"
                        + " found 'portability'; write key: value pairs on the lines below, indented",
                at(file, "    - {}", "{}") + "security.commitments[4]: missing key 'id'; add id: to this mapping",
                at(file, "    - {}", "{}") + "security.commitments[4]: missing key 'text'; add text: to this mapping",
                at(file, "names: [{}]", "{}") + "cookies.cookies[0].names[0]: expected text, found a mapping; write a"
                        + " cookie name such as of_session",
                at(file, "personalDataNames: [{}]", "{}") + "code.personalDataNames[0]: expected text, found a mapping;"
                        + " write a word of field names such as iban",
                at(file, "exemptions: [x]", "x]") + "code.exemptions[0]: expected a mapping of keys to values, found"
                        + " 'x'; write key: value pairs on the lines below, indented");
    }
}
