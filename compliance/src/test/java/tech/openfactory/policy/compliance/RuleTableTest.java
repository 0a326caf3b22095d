package tech.openfactory.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's table of rules is the rule registry, written out: a rule added or reworded is a README change. */
class RuleTableTest {

    static String table() {
        return "| rule id | section | what it checks | code says so with |\n|---|---|---|---|\n"
                + Arrays.stream(RuleId.values())
                        .map(r -> "| `" + r.id() + "` | " + (r.section() == null ? "`code`" : "§" + r.section().number())
                                + " | " + r.checks() + " | " + r.codeSaysSoWith() + " |")
                        .collect(Collectors.joining("\n"));
    }

    @Test
    void the_readme_lists_every_rule_as_the_registry_defines_it() throws Exception {
        Path root = Path.of(System.getProperty("policy.projectRoot", ".."));
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf('\n', readme.indexOf("<!-- rules:start")) + 1;
        int end = readme.indexOf("\n<!-- rules:end -->");
        assertEquals(table(), readme.substring(start, end), "README.md's rule table; replace it with the expected one");
    }
}
