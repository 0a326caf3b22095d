package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Thousands of broken variants of the real policy, derived with a fixed seed: deleted, duplicated and swapped
 * lines, flipped characters, stray bytes, truncations. None may hang or throw; each must end one of two ways.
 *
 * <ul>
 * <li>Rejected: with at least one problem, each inside the file (a line it has, a column on that line or just past
 * its end) and worded as the editor reads it: what is wrong, "; ", what to write.</li>
 * <li>Loaded: with the facts the text says, however it says them. The text is read a second time by plain
 * SnakeYAML into its data (keys, lists and scalar values, nothing of the presentation), and that data is written
 * out again in another presentation: every key order reversed, every scalar double-quoted, block style, no
 * comments, anchors or blank lines. Loading that must give an equal {@link Policy}. And when the mutant's data is
 * the base's (a comment deleted, a blank line added between keys, two sibling keys swapped), the policy must be
 * the base's.</li>
 * </ul>
 */
class LoaderMutationTest {
    static final long SEED = 20261129L;
    static final int MUTANTS = 3000;
    private static final String[] NASTY = {"\t", ":", "- ", "&a ", "*a", "!!", "{", "[", "]", "}", "'", "\"", "#",
            "\u00a0", "\u0000", "\u202e", "%", "@", "`", "|", ">", "? ", "---", "\r", "\uFEFF", "{{", "}}"};
    private static final String NAME = "policy.yaml";
    private static final String BASE = PolicyFile.valid().text();
    private static int loaded;
    private static int loadedAsTheBase;
    private static int rejected;

    static Stream<Arguments> mutants() {
        List<String> lines = Arrays.asList(BASE.split("\n", -1));
        Random random = new Random(SEED);
        List<Arguments> mutants = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            List<String> copy = new ArrayList<>(lines);
            int line = random.nextInt(copy.size());
            String how;
            switch (random.nextInt(7)) {
                case 0 -> {
                    copy.remove(line);
                    how = "delete line " + (line + 1);
                }
                case 1 -> {
                    copy.add(line, copy.get(line));
                    how = "duplicate line " + (line + 1);
                }
                case 2 -> {
                    int other = random.nextInt(copy.size());
                    String swap = copy.get(line);
                    copy.set(line, copy.get(other));
                    copy.set(other, swap);
                    how = "swap lines " + (line + 1) + " and " + (other + 1);
                }
                case 3 -> {
                    String text = copy.get(line);
                    int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                    String nasty = NASTY[random.nextInt(NASTY.length)];
                    copy.set(line, text.substring(0, at) + nasty + text.substring(Math.min(text.length(), at + 1)));
                    how = "replace character " + (at + 1) + " of line " + (line + 1) + " with " + escape(nasty);
                }
                case 4 -> {
                    String text = copy.get(line);
                    copy.set(line, "  ".repeat(random.nextInt(4)) + text.strip());
                    how = "re-indent line " + (line + 1);
                }
                case 5 -> {
                    copy.set(line, "");
                    how = "blank line " + (line + 1);
                }
                default -> {
                    int keep = random.nextInt(BASE.length());
                    mutants.add(Arguments.of(i, "truncate after " + keep + " characters", BASE.substring(0, keep)));
                    continue;
                }
            }
            mutants.add(Arguments.of(i, how, String.join("\n", copy)));
        }
        return mutants.stream();
    }

    @ParameterizedTest(name = "mutant {0}: {1}")
    @MethodSource("mutants")
    void loads_the_same_facts_or_reports_located_problems(int index, String how, String text) {
        // A liveness guard, not a speed target: a mutant taking seconds means a loop, not a slow machine.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Policy policy;
            try {
                policy = load(text);
            } catch (PolicyException e) {
                rejected++;
                assertLocated(how, text, e.problems());
                return;
            } catch (Throwable t) {
                fail(how + ": " + t + " escaped the loader");
                return;
            }
            loaded++;
            assertSameFacts(how, text, policy);
        });
    }

    private static Policy load(String text) throws PolicyException {
        return PolicyLoader.builder().build().load(NAME, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every problem names this file, a place inside it, and what is wrong "; " what to write; in file order. */
    static void assertLocated(String how, String text, List<Problem> problems) {
        assertTrue(!problems.isEmpty(), how + ": rejected without a problem");
        // The line breaks YAML counts: a stray \r starts a line too.
        String[] lines = text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1);
        Problem previous = null;
        for (Problem problem : problems) {
            String shown = how + ": " + problem;
            assertEquals(NAME, problem.file(), shown);
            assertTrue(problem.line() >= 1 && problem.line() <= lines.length, shown + ": no line " + problem.line()
                    + " in a file of " + lines.length);
            String line = lines[problem.line() - 1];
            assertTrue(problem.column() >= 1 && problem.column() <= line.length() + 1, shown + ": line "
                    + problem.line() + " has no column " + problem.column() + ": " + escape(line));
            int semicolon = problem.message().indexOf("; ");
            assertTrue(semicolon > 0 && !problem.message().substring(0, semicolon).isBlank()
                    && !problem.message().substring(semicolon + 2).isBlank(), shown + ": the message must say what is"
                    + " wrong, then \"; \", then what to write");
            assertTrue(previous == null || previous.compareTo(problem) <= 0, shown + ": after " + previous
                    + ", out of file order");
            previous = problem;
        }
    }

    /** The mutant's facts are its data's: written another way they load equal, and the base's data is the base. */
    static void assertSameFacts(String how, String text, Policy policy) throws Exception {
        Object data = Data.of(text);
        if (data.equals(Data.BASE)) {
            loadedAsTheBase++;
            assertEquals(Data.BASE_POLICY, policy, how + ": the text says what the base says, so the policy must be"
                    + " the base's");
        }
        String rewritten = Data.write(data);
        Policy again;
        try {
            again = load(rewritten);
        } catch (PolicyException e) {
            throw new AssertionError(how + ": the same data written another way is refused:\n" + e.getMessage()
                    + "\n--- written as\n" + rewritten);
        }
        assertEquals(policy, again, how + ": the same data written another way gives other facts");
    }

    /** What a YAML text says, without how: nested maps, lists and the scalars' text, null for a null scalar. */
    static final class Data {
        static final Object BASE = of(LoaderMutationTest.BASE);
        static final Policy BASE_POLICY;

        static {
            try {
                BASE_POLICY = load(LoaderMutationTest.BASE);
            } catch (PolicyException e) {
                throw new AssertionError(e);
            }
        }

        static Object of(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new StringReader(text.replaceFirst("^\uFEFF", "")));
            return of(root);
        }

        private static Object of(Node node) {
            if (node instanceof MappingNode mapping) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    map.put(((ScalarNode) tuple.getKeyNode()).getValue(), of(tuple.getValueNode()));
                }
                return map;
            }
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue().stream().map(Data::of).toList();
            }
            ScalarNode scalar = (ScalarNode) node;
            return scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
        }

        /** The data in another presentation: keys reversed, scalars double-quoted, block style, nothing else. */
        static String write(Object data) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
            options.setWidth(Integer.MAX_VALUE);
            options.setSplitLines(false);
            return new Yaml(options).dump(reversed(data));
        }

        private static Object reversed(Object data) {
            if (data instanceof Map<?, ?> map) {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                java.util.Collections.reverse(entries);
                Map<Object, Object> out = new LinkedHashMap<>();
                entries.forEach(e -> out.put(e.getKey(), reversed(e.getValue())));
                return out;
            }
            if (data instanceof List<?> list) {
                return list.stream().map(Data::reversed).toList();
            }
            return data;
        }
    }

    @Test
    void the_rewritten_base_is_the_base() throws Exception {
        // The oracle itself: the base written the other way loads as the base, and is not the same text.
        String rewritten = Data.write(Data.BASE);
        assertTrue(!rewritten.equals(BASE) && rewritten.startsWith("\"contact\":\n"), rewritten.substring(0, 40));
        assertEquals(Data.BASE_POLICY, load(rewritten));
    }

    @AfterAll
    static void report() {
        System.out.printf("loader mutations: %d tried (seed %d), %d loaded with the same facts (%d of them the base's),"
                + " %d rejected with located problems%n", loaded + rejected, SEED, loaded, loadedAsTheBase, rejected);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("U+%04X", c) : Character.toString(c)));
        return out.toString();
    }
}
