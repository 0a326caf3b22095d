package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The valid policy fixture, and edits of it that plant one mistake at a known line. */
final class PolicyFile {
    static final String NAME = "content/privacy/policy.yaml";

    private final String text;

    private PolicyFile(String text) {
        this.text = text;
    }

    static PolicyFile valid() {
        try (InputStream in = PolicyFile.class.getResourceAsStream("/fixtures/policy.yaml")) {
            return new PolicyFile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PolicyFile of(String text) {
        return new PolicyFile(text);
    }

    /** Replaces the one occurrence of {@code from}; fails the test if it is not there exactly once. */
    PolicyFile replace(String from, String to) {
        int first = text.indexOf(from);
        assertEquals(true, first >= 0 && text.indexOf(from, first + 1) < 0, "fixture must contain once: " + from);
        return new PolicyFile(text.substring(0, first) + to + text.substring(first + from.length()));
    }

    /** 1-based line of the first line containing {@code fragment}. */
    int lineOf(String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }

    String text() {
        return text;
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    Policy load() throws PolicyException {
        return PolicyLoader.builder().build().load(NAME, bytes());
    }

    /** The problems loading reports, as users read them. */
    List<String> problems() {
        return problems(PolicyLoader.builder().build());
    }

    List<String> problems(PolicyLoader loader) {
        try {
            loader.load(NAME, bytes());
            throw new AssertionError("expected the policy to be rejected");
        } catch (PolicyException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }
}
