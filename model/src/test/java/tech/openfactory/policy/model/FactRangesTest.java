package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facts of the right YAML type that no policy can mean: each has a range (a host, an address, a plausible age or
 * period), and a value outside it is a located problem that says what to write, never a fact on the page.
 */
class FactRangesTest {
    private static final String F = PolicyFile.NAME;

    private static void assertProblems(PolicyFile file, String... expected) {
        assertEquals(List.of(expected), file.problems());
    }

    /** Where {@code fragment} is written: the place a problem about it must name. */
    private static String at(PolicyFile file, String fragment) {
        return at(file, fragment, fragment);
    }

    /** Where {@code value} is written on the first line containing {@code line}. */
    private static String at(PolicyFile file, String line, String value) {
        String text = file.text().split("\n", -1)[file.lineOf(line) - 1];
        return F + ":" + file.lineOf(line) + ":" + (text.indexOf(value, text.indexOf(line)) + 1) + ": ";
    }

    // contact.website: the page links https://<website>/ and the site lives at https://<website>/privacy/.

    @Test
    void refuses_a_script_as_the_website() {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech", "  website: \"javascript:alert(1)\"");
        assertProblems(file, at(file, "\"javascript") + "contact.website: 'javascript:alert(1)' is not a host name;"
                + " write the site's host name alone, such as openfactory.tech");
    }

    @Test
    void refuses_a_website_written_as_a_link_and_names_the_host() {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech", "  website: https://openfactory.tech/");
        assertProblems(file, at(file, "https://openfactory.tech/") + "contact.website: 'https://openfactory.tech/' is"
                + " not a host name; write the host alone: openfactory.tech");
    }

    @Test
    void refuses_a_path_after_the_site_host() {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech", "  website: openfactory.tech/privacy");
        assertProblems(file, at(file, "  website: openfactory.tech/privacy", "openfactory.tech/privacy") + "contact.website: 'openfactory.tech/privacy' is not"
                + " a host name; write the host alone: openfactory.tech");
    }

    @Test
    void refuses_a_host_without_a_top_level_domain() {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech", "  website: localhost");
        assertProblems(file, at(file, "localhost") + "contact.website: 'localhost' is not a host name; write the"
                + " site's host name alone, such as openfactory.tech");
    }

    @Test
    void accepts_a_subdomain_as_the_website() throws PolicyException {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech", "  website: www.openfactory.tech");
        assertEquals("www.openfactory.tech", file.load().contact().website());
    }

    @Test
    void refuses_markup_in_the_path_of_the_authority_website() {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech\n",
                "  website: openfactory.tech\n  supervisoryAuthority:\n    name: Berlin\n"
                        + "    website: www.datenschutz-berlin.de/\"><b>x</b>\n");
        assertProblems(file, at(file, "www.datenschutz-berlin.de/") + "contact.supervisoryAuthority.website:"
                + " 'www.datenschutz-berlin.de/\"><b>x</b>' is not a host name; write the authority's web address"
                + " without https://, such as www.edpb.europa.eu");
    }

    @Test
    void accepts_a_path_in_the_authority_website() throws PolicyException {
        PolicyFile file = PolicyFile.valid().replace("  website: openfactory.tech\n",
                "  website: openfactory.tech\n  supervisoryAuthority:\n    name: Berlin\n"
                        + "    website: www.datenschutz-berlin.de/beschwerde%20online\n");
        assertEquals("www.datenschutz-berlin.de/beschwerde%20online", file.load().contact().supervisoryAuthority().website());
    }

    // E-mail: one @, no spaces, a dot-atom before it and a host with a top-level domain after it.

    @ParameterizedTest
    @ValueSource(strings = {"privacy @openfactory.tech", "privacy@open factory.tech", "privacy@@openfactory.tech",
        "privacy@legal@openfactory.tech", "privacy@openfactory", "privacy@openfactory..tech", ".privacy@openfactory.tech",
        "privacy.@openfactory.tech", "pri..vacy@openfactory.tech", "privacy@-openfactory.tech", "privacy@openfactory.t",
        "privacy?subject=x@openfactory.tech", "privacy%40evil.example@openfactory.tech", "\\\"privacy\\\"@openfactory.tech", "privacy@openfactory.tech/",
        "privacy@openfactory.tech\\u00a0"})
    void refuses_what_is_not_an_e_mail_address(String email) {
        PolicyFile file = PolicyFile.valid().replace("  email: privacy@openfactory.tech", "  email: \"" + email + "\"");
        String written = email.replace("\\\"", "\"").replace("\\u00a0", "\u00a0");
        assertProblems(file, F + ":" + file.lineOf("  email: \"") + ":10: contact.email: '" + written.strip()
                + "' is not an e-mail address; write one such as privacy@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"privacy@openfactory.tech", "privacy+legal@openfactory.tech", "data.protection@eu.openfactory.tech",
        "o'brien@openfactory.tech", "PRIVACY@OPENFACTORY.TECH"})
    void accepts_an_e_mail_address(String email) throws PolicyException {
        PolicyFile file = PolicyFile.valid().replace("  email: privacy@openfactory.tech", "  email: " + email);
        assertEquals(email, file.load().contact().email());
    }

    // Minimum age: 13 (COPPA) to 21 (the highest age a law sets for a service).

    @ParameterizedTest
    @ValueSource(ints = {0, 12, 22, 400, 9999})
    void refuses_a_minimum_age_outside_13_to_21(int age) {
        PolicyFile file = PolicyFile.valid().replace("    minimumAge: 16", "    minimumAge: " + age);
        assertProblems(file, at(file, "minimumAge: " + age, String.valueOf(age))
                + "childrenAndChanges.children.minimumAge: " + age + " is not a minimum age a service can have; write"
                + " an age from 13 to 21, usually 13 (COPPA), 16 (the GDPR's age of consent) or 18 (adults only)");
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 16, 18, 21})
    void accepts_a_minimum_age_from_13_to_21(int age) throws PolicyException {
        PolicyFile file = PolicyFile.valid().replace("    minimumAge: 16", "    minimumAge: " + age);
        assertEquals(age, file.load().childrenAndChanges().children().minimumAge());
    }

    // Periods: a retention of at most a century, an answer or a notice of at most a year.

    @Test
    void refuses_a_retention_of_5000_years() {
        PolicyFile file = PolicyFile.valid().replace("keptFor: { upTo: 7 years, when: required }",
                "keptFor: { upTo: 5000 years, when: required }");
        assertProblems(file, at(file, "5000 years") + "retention.rules[5].keptFor.upTo: '5000 years' is longer than"
                + " data can be kept (100 years at most); write how long it is really kept, e.g. 7 years");
    }

    @Test
    void refuses_a_typical_retention_longer_than_a_century() {
        PolicyFile file = PolicyFile.valid().replace("keptFor: { typically: 90 days }", "keptFor: { typically: 1300 months }");
        assertProblems(file, at(file, "1300 months") + "retention.rules[4].keptFor.typically: '1300 months' is longer"
                + " than data can be kept (100 years at most); write how long it is really kept, e.g. 7 years");
    }

    @Test
    void refuses_a_removal_delay_that_would_overflow_the_calendar() {
        PolicyFile file = PolicyFile.valid().replace("      afterDeletion: { removedWithin: 30 days }\n    - id: builds-and-recipes",
                "      afterDeletion: { removedWithin: 999999999 years }\n    - id: builds-and-recipes");
        assertProblems(file, at(file, "999999999 years") + "retention.rules[0].afterDeletion.removedWithin: '999999999"
                + " years' is longer than data can be kept (100 years at most); write how long it is really kept, e.g."
                + " 7 years");
    }

    @Test
    void accepts_a_retention_of_a_century() throws PolicyException {
        PolicyFile file = PolicyFile.valid().replace("keptFor: { upTo: 7 years, when: required }",
                "keptFor: { upTo: 100 years, when: required }");
        assertEquals(new KeptFor.UpTo(new Period(100, Period.Unit.YEARS), null, "required"),
                file.load().retention().rules().get(5).keptFor());
    }

    @Test
    void refuses_a_response_time_longer_than_a_year() {
        PolicyFile file = PolicyFile.valid().replace("  responseTime: 30 days", "  responseTime: 30 years");
        assertProblems(file, at(file, "30 years") + "rights.responseTime: '30 years' is longer than an answer to a"
                + " request can take (1 year at most); write the time you answer within, e.g. 30 days (the GDPR allows"
                + " one month, the CCPA 45 days)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 day", "45 days", "3 months", "52 weeks", "365 days", "1 year"})
    void accepts_a_response_time_of_up_to_a_year(String period) throws PolicyException {
        PolicyFile file = PolicyFile.valid().replace("  responseTime: 30 days", "  responseTime: " + period);
        assertEquals(Period.parse(period), file.load().rights().responseTime());
    }

    @Test
    void refuses_a_response_time_of_366_days() {
        PolicyFile file = PolicyFile.valid().replace("  responseTime: 30 days", "  responseTime: 366 days");
        assertEquals(List.of(at(file, "366 days") + "rights.responseTime: '366 days' is longer than an answer to a"
                + " request can take (1 year at most); write the time you answer within, e.g. 30 days (the GDPR allows"
                + " one month, the CCPA 45 days)"), file.problems());
    }

    @Test
    void refuses_a_notice_period_longer_than_a_year() {
        PolicyFile file = PolicyFile.valid().replace("      account holders in advance.\n",
                "      account holders in advance.\n    noticePeriod: 30 months\n");
        assertProblems(file, at(file, "30 months") + "childrenAndChanges.changes.noticePeriod: '30 months' is longer"
                + " than a change can be announced ahead (1 year at most); write how long before a material change"
                + " takes effect it is announced, e.g. 30 days");
    }

    // Names and ids that look right and are not.

    @Test
    void refuses_a_cookie_name_with_a_space_at_its_item() {
        PolicyFile file = PolicyFile.valid().replace("      required: true\n", "      required: true\n"
                + "      names: [of_session, of session]\n");
        assertProblems(file, at(file, "of session") + "cookies.cookies[0].names[1]: 'of session' is not a cookie name"
                + " (a name is letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ only, no spaces); write the name the"
                + " code sets, e.g. of_session");
    }

    @Test
    void refuses_a_category_id_with_a_letter_from_another_script() {
        // "аccount" starts with U+0430, CYRILLIC SMALL LETTER A: beside "account" it looks like a duplicate and is not.
        PolicyFile file = PolicyFile.valid().replace("    - id: account\n", "    - id: \u0430ccount\n");
        assertProblems(file, at(file, "\u0430ccount") + "collection.categories[0].id: '\u0430ccount' is not a valid id:"
                + " it contains U+0430 (CYRILLIC SMALL LETTER A), which only looks like a plain letter; retype it with"
                + " a-z, 0-9 and hyphens only",
                // the rule that names the category still finds it missing, at its own place
                F + ":" + file.lineOf("      category: account") + ":17: retention.rules[0].category: unknown category"
                        + " 'account'; write one of the ids defined under collection.categories: builds, conversations,"
                        + " security, organizations");
    }

    @Test
    void refuses_an_id_with_an_invisible_character() {
        PolicyFile file = PolicyFile.valid().replace("    - id: no-sale\n", "    - id: \"no-sale\u200b\"\n");
        assertProblems(file, at(file, "\"no-sale") + "restrictions.commitments[0].id: 'no-sale\u200b' is not a valid"
                + " id: it contains U+200B (ZERO WIDTH SPACE), which is not a letter; retype it with a-z, 0-9 and"
                + " hyphens only");
    }
}
