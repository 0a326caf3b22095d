package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input that is broken or built to hurt ends in one located problem, never an exception or a hang. */
class HostileInputTest {
    private static final String F = PolicyFile.NAME;

    private static List<String> problems(PolicyLoader loader, byte[] bytes) {
        try {
            loader.load(F, bytes);
            throw new AssertionError("expected the input to be rejected");
        } catch (PolicyException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    private static List<String> problems(String text) {
        return problems(PolicyLoader.builder().build(), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reports_a_tab_as_a_yaml_syntax_error_with_its_place() {
        PolicyFile file = PolicyFile.valid().replace("  title: The short version", "\ttitle: The short version");
        assertEquals(List.of(F + ":13:1: YAML syntax error: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation) (while scanning for the next token); check indentation (spaces, not tabs), colons and quotes on"
                + " this line and the one before"), file.problems());
    }

    @Test
    void refuses_tags_that_would_construct_java_objects() {
        assertEquals(List.of(F + ":1:8: the tag !!javax.script.ScriptEngineManager is not allowed; remove it, a"
                        + " policy is written with plain text, numbers, lists and mappings"),
                problems("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n").subList(0, 1));
    }

    @Test
    void stops_exponential_alias_expansion() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertEquals(List.of(F + ":3:40: more than 16 aliases (*name); write the values out instead of repeating"
                + " them through anchors"), problems(yaml.toString()));
    }

    @Test
    void refuses_an_alias_to_the_value_that_contains_it() {
        assertEquals(List.of(F + ":1:20: the alias *s refers to a value that contains it, which never ends;"
                + " write the value out instead"), problems("summary: &s {text: *s}\n"));
    }

    @Test
    void bounds_the_nesting_depth() {
        String deep = "title: " + "[".repeat(40) + "]".repeat(40) + "\n";
        assertEquals(List.of(F + ":1:39: nesting is deeper than 32 levels; a policy needs far fewer, so check the"
                + " indentation of this line"), problems(deep));
    }

    @Test
    void bounds_the_file_size_without_reading_past_the_limit() {
        PolicyLoader loader = PolicyLoader.builder().maxBytes(1000).build();
        assertEquals(List.of(F + ":1:1: the file is larger than the limit of 1000 bytes; a policy is a few dozen"
                + " kilobytes, so check that this is the right file"), problems(loader, PolicyFile.valid().bytes()));
    }

    @Test
    void reports_where_a_byte_is_not_utf8() {
        byte[] bytes = "title: Privacy\ncontroller: Open\u00e9Factory\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(F + ":2:17: byte 31 is not valid UTF-8; save the file as UTF-8"),
                problems(PolicyLoader.builder().build(), bytes));
    }

    @Test
    void refuses_a_second_document_in_the_file() {
        String two = PolicyFile.valid().text() + "---\ntitle: Another\n";
        assertEquals(List.of(F + ":" + (PolicyFile.valid().text().split("\n", -1).length) + ":1: a second YAML"
                + " document starts here; keep one policy per file and remove the '---' line and what follows"),
                problems(two));
    }

    @Test
    void says_an_empty_file_is_empty() {
        assertEquals(List.of(F + ":1:1: the file is empty; write the policy, starting with title:"),
                problems("# only a comment\n"));
    }

    @Test
    void says_what_the_top_of_the_file_must_be() {
        assertEquals(List.of(F + ":1:1: expected a mapping of keys to values, found a list; write key: value pairs"
                + " on the lines below, indented"), problems("- title\n"));
    }
}
