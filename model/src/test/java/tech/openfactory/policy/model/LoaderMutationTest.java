package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of broken variants of the real policy, derived with a fixed seed: deleted, duplicated and swapped
 * lines, flipped characters, stray bytes, truncations. Every one must load or end in located problems; no other
 * exception may escape and none may hang.
 */
class LoaderMutationTest {
    static final long SEED = 20261129L;
    static final int MUTANTS = 3000;
    private static final String[] NASTY = {"\t", ":", "- ", "&a ", "*a", "!!", "{", "[", "]", "}", "'", "\"", "#",
            "\u00a0", "\u0000", "\u202e", "%", "@", "`", "|", ">", "? ", "---", "\r", "\uFEFF", "{{", "}}"};
    private static int loaded;
    private static int rejected;

    static Stream<Arguments> mutants() {
        String base = PolicyFile.valid().text();
        List<String> lines = Arrays.asList(base.split("\n", -1));
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
                    int keep = random.nextInt(base.length());
                    mutants.add(Arguments.of(i, "truncate after " + keep + " characters", base.substring(0, keep)));
                    continue;
                }
            }
            mutants.add(Arguments.of(i, how, String.join("\n", copy)));
        }
        return mutants.stream();
    }

    @ParameterizedTest(name = "mutant {0}: {1}")
    @MethodSource("mutants")
    void loads_or_reports_located_problems(int index, String how, String text) {
        // A liveness guard, not a speed target: a mutant taking seconds means a loop, not a slow machine.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                PolicyLoader.builder().build().load("policy.yaml", text.getBytes(StandardCharsets.UTF_8));
                loaded++;
            } catch (PolicyException e) {
                rejected++;
                assertTrue(!e.problems().isEmpty(), how + ": rejected without a problem");
                for (Problem problem : e.problems()) {
                    assertTrue(problem.line() >= 1 && problem.column() >= 1 && !problem.message().isBlank(),
                            how + ": problem without a place or a text: " + problem);
                }
            } catch (Throwable t) {
                fail(how + ": " + t + " escaped the loader");
            }
        });
    }

    @AfterAll
    static void report() {
        System.out.printf("loader mutations: %d tried (seed %d), %d loaded, %d rejected with located problems%n",
                loaded + rejected, SEED, loaded, rejected);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("U+%04X", c) : Character.toString(c)));
        return out.toString();
    }
}
