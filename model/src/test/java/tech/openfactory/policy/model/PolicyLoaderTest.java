package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    @Test
    void loads_every_section_of_the_policy_into_records() throws PolicyException {
        Policy policy = PolicyFile.valid().load();

        assertEquals(LocalDate.of(2026, 3, 10), policy.effective());
        assertEquals(LocalDate.of(2026, 4, 8), policy.lastUpdated());
        assertEquals(List.of("account", "builds", "conversations", "security", "organizations"),
                policy.collection().categories().stream().map(DataCategory::id).toList());
        assertTrue(policy.collection().categories().get(4).element("integration-credentials").orElseThrow().encrypted());
        assertEquals(4, policy.use().purposes().size());
        assertEquals(4, policy.restrictions().commitments().size());
        assertEquals(4, policy.sharing().recipients().size());
        assertEquals(5, policy.rights().rights().size());
        assertEquals(new Period(30, Period.Unit.DAYS), policy.rights().responseTime());
        assertEquals(5, policy.security().commitments().size());
        assertEquals(16, policy.childrenAndChanges().children().minimumAge());
        assertEquals("privacy@openfactory.tech", policy.contact().email());
    }

    @Test
    void reads_retention_durations_as_values_not_words() throws PolicyException {
        List<RetentionRule> rules = PolicyFile.valid().load().retention().rules();

        RetentionRule iso = rules.get(2);
        assertEquals("ISO images", iso.label());
        assertEquals("builds", iso.category());
        assertEquals(new KeptFor.UpTo(new Period(90, Period.Unit.DAYS), "build", null), iso.keptFor());
        assertInstanceOf(AfterDeletion.PurgedAutomatically.class, iso.afterDeletion());
        assertEquals(new KeptFor.While(KeptFor.Condition.ACCOUNT_EXISTS), rules.get(0).keptFor());
        assertEquals(new AfterDeletion.RemovedWithin(new Period(30, Period.Unit.DAYS)), rules.get(0).afterDeletion());
        assertEquals(new KeptFor.Typically(new Period(90, Period.Unit.DAYS)), rules.get(4).keptFor());
        assertEquals(new KeptFor.UpTo(new Period(7, Period.Unit.YEARS), null, "required"), rules.get(5).keptFor());
        assertEquals(new AfterDeletion.RetainedAsRequiredBy(List.of("law", "contract")), rules.get(5).afterDeletion());
    }

    @Test
    void names_a_retention_row_after_its_category_unless_it_has_a_label() throws PolicyException {
        RetentionRule first = PolicyFile.valid().load().retention().rules().get(0);
        assertEquals("Account information", first.label());
    }

    @Test
    void reads_cookies_with_whether_they_are_required() throws PolicyException {
        List<Cookie> cookies = PolicyFile.valid().load().cookies().cookies();
        assertEquals(List.of(true, false), cookies.stream().map(Cookie::required).toList());
    }

    @Test
    void loads_the_repository_policy_that_the_site_publishes() throws PolicyException {
        Path root = Path.of(System.getProperty("policy.projectRoot", ".."));
        Policy policy = PolicyLoader.builder().build().load(root.resolve("content/privacy/policy.yaml"));
        assertTrue(policy.retention().rules().stream().allMatch(r -> policy.collection().categories().stream()
                .anyMatch(c -> c.id().equals(r.category()))));
    }

    @Test
    void accepts_a_byte_order_mark_and_windows_line_ends() throws PolicyException {
        String crlf = "\uFEFF" + PolicyFile.valid().text().replace("\n", "\r\n");
        Policy policy = PolicyFile.of(crlf).load();
        assertEquals("Privacy Policy", policy.title());
    }

    @Test
    void reports_a_missing_file_as_a_problem_not_an_exception() {
        PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class,
                () -> PolicyLoader.builder().build().load(Path.of("no/such/policy.yaml")));
        assertEquals("no/such/policy.yaml:1:1: no such file; check the path, or the --content folder it was looked for in",
                e.problems().get(0).toString());
    }
}
