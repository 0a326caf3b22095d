package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleBuildTest {

    @Test
    void two_builds_of_the_same_input_are_byte_identical(@TempDir Path dir) throws Exception {
        Map<String, byte[]> first = buildInto(dir.resolve("one"));
        Map<String, byte[]> second = buildInto(dir.resolve("two"));
        assertEquals(first.keySet(), second.keySet());
        for (String file : first.keySet()) {
            assertArrayEquals(first.get(file), second.get(file), file);
        }
    }

    @Test
    void rebuilding_in_place_changes_nothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        buildInto(out);
        Map<String, String> before = Project.treeText(out);
        buildInto(out);
        assertEquals(before, Project.treeText(out));
    }

    private static Map<String, byte[]> buildInto(Path out) throws Exception {
        SiteBuilder.builder().content(Project.content()).templates(Project.templates()).out(out).build().render();
        return Project.tree(out);
    }
}
