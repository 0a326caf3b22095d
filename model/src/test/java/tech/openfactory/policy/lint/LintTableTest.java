package tech.openfactory.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of lint items is the list of {@link LintItem}s, so a new item cannot go undocumented. */
class LintTableTest {
    @Test
    void the_readme_lists_every_item_with_its_article_and_laws() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String start = "<!-- lint:start (generated from LintItem; LintTableTest keeps it in step) -->\n";
        String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf("<!-- lint:end -->"));
        String expected = "| id | article | applies under | what the policy must say |\n|---|---|---|---|\n"
                + Arrays.stream(LintItem.values()).map(i -> "| `" + i.id() + "` | " + i.citation(i.regimes()) + " | "
                        + i.regimes().stream().map(Regime::title).collect(Collectors.joining(", ")) + " | " + i.title()
                        + " |\n").collect(Collectors.joining());
        assertEquals(expected, table);
    }
}
