package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.site.Project;

/** {@code check} reports each locale's translation: a stale unit is a warning, never a failure of the English page. */
class CheckTranslationsTest {
    private static final String STALE = "de: unit 'restrictions.commitments.no-sale' is stale: the English text"
            + " changed since it was translated; translate it again and set source:"
            + " dab916b1085b8904bf0e90ab61beecbe311af961d514893061a1ad740ce39b08";

    @Test
    void check_lists_stale_units_and_a_line_per_locale_and_passes() {
        Run run = Run.of("check", "--content", Project.exampleContent().toString(), "--as-of", "2026-12-01");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = List.of(run.out().split("\\R"));
        String file = Project.exampleContent().resolve("privacy/translations/de.yaml").toString();
        assertEquals(file + ":119:3: " + STALE, lines.get(lines.size() - 2));
        assertEquals("translations: ar 1/85, de 84/85 (1 stale); `policy translations status` lists them",
                lines.get(lines.size() - 1));
    }

    @Test
    void with_format_github_a_stale_unit_is_a_warning_annotation() {
        Run run = Run.of("check", "--format", "github", "--content", Project.exampleContent().toString(),
                "--as-of", "2026-12-01");
        assertEquals(0, run.exit(), run.err());
        String file = Project.exampleContent().resolve("privacy/translations/de.yaml").toString();
        assertTrue(run.out().contains("::warning file=" + file + ",line=119,col=3::" + STALE), run.out());
    }

    @Test
    void a_policy_without_translations_says_nothing_of_them() {
        Run run = Run.of("check", "--content", Project.content().toString(), "--as-of", "2026-12-01");
        assertTrue(!run.out().contains("translations:"), run.out());
    }
}
