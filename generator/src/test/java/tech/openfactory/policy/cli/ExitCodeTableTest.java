package tech.openfactory.policy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.openfactory.policy.site.Project;

/** The exit codes are defined once, in {@link ExitCode}: --help and the README show exactly those. */
class ExitCodeTableTest {
    @Test
    void the_readme_table_is_the_list_of_exit_codes() throws Exception {
        String readme = Files.readString(Project.root().resolve("README.md"));
        String start = "<!-- exit-codes:start (generated from ExitCode; ExitCodeTableTest keeps it in step) -->\n";
        String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf("<!-- exit-codes:end -->"));
        assertEquals("| exit code | meaning |\n|---|---|\n" + Arrays.stream(ExitCode.values())
                .map(c -> "| " + c.code() + " | " + c.meaning() + " |\n").collect(Collectors.joining()), table);
    }

    @Test
    void help_lists_every_exit_code_with_its_meaning() {
        Run help = Run.of("--help");
        for (ExitCode code : ExitCode.values()) {
            assertTrue(help.out().replaceAll("\\s+", " ").contains(code.code() + " " + code.meaning().substring(0, 30)),
                    code + " in " + help.out());
        }
    }

    @Test
    void a_wrong_command_line_exits_with_the_usage_code_in_every_subcommand() {
        for (String command : new String[] {"build", "check", "lint", "diff", "release", "serve"}) {
            assertEquals(ExitCode.USAGE.code(), Run.of(command, "--no-such-option").exit(), command);
        }
    }
}
