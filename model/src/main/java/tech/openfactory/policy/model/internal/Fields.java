package tech.openfactory.policy.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Placeholder;
import tech.openfactory.policy.model.Prose;

/**
 * One YAML mapping read against its {@link Shape}: duplicate, unknown and missing keys are reported when it is
 * opened, and each typed getter reports a wrong value and returns null, so reading goes on and every problem of
 * the file is found in one run.
 */
final class Fields {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Reading reading;
    private final String path;
    private final MappingNode node;
    private final Map<String, Node> values = new HashMap<>();
    private final Map<String, Node> keyNodes = new HashMap<>();

    private Fields(Reading reading, String path, MappingNode node, Shape shape) {
        this.reading = reading;
        this.path = path;
        this.node = node;
        Map<String, Node> seen = new LinkedHashMap<>();
        java.util.Set<String> suggested = new java.util.HashSet<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                reading.problem(keyNode, path, "a key must be a plain word; write it as name: value");
                continue;
            }
            String key = scalarKey.getValue();
            Node first = seen.putIfAbsent(key, keyNode);
            if (first != null) {
                reading.problem(keyNode, join(path, key), "duplicate key, also written at line "
                        + (first.getStartMark().getLine() + 1) + ":" + (first.getStartMark().getColumn() + 1)
                        + "; keep one of the two");
                continue;
            }
            if (!shape.accepts(key)) {
                String known = String.join(", ", shape.keys());
                var nearest = NearestName.to(key, shape.keys());
                nearest.ifPresent(suggested::add);
                String hint = nearest.map(s -> "did you mean '" + s + "'? Known keys here: " + known)
                        .orElse("write one of the known keys here: " + known);
                // An invisible character makes a right key look wrong: say which.
                String invisible = key.chars().anyMatch(c -> c == '\u00a0' || c == '\u200b' || c == '\ufeff')
                        ? " (it contains an invisible character such as a non-breaking space; retype it with plain"
                                + " spaces)" : "";
                reading.problem(keyNode, join(path, key), "unknown key '" + key + "'" + invisible + "; " + hint);
                continue;
            }
            values.put(key, tuple.getValueNode());
            keyNodes.put(key, keyNode);
        }
        for (String key : shape.keys()) {
            // A misspelt required key is one mistake: the unknown-key problem already names it.
            if (shape.isRequired(key) && !seen.containsKey(key) && !suggested.contains(key)) {
                reading.problem(node, path, "missing key '" + key + "'; add " + key + ": to this "
                        + (path.isEmpty() ? "file" : "mapping"));
            }
        }
    }

    /** Opens a mapping, or reports what was found instead and returns null. */
    static Fields open(Reading reading, Node node, String path, Shape shape) {
        if (node instanceof MappingNode mapping) {
            return new Fields(reading, path, mapping, shape);
        }
        reading.problem(node, path, "expected a mapping of keys to values, found " + describe(node)
                + "; write key: value pairs on the lines below, indented");
        return null;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        String value = scalar.getValue();
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Node node(String key) {
        return values.get(key);
    }

    Node keyNode(String key) {
        return keyNodes.get(key);
    }

    MappingNode mapping() {
        return node;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return join(path, key);
    }

    /** A single line of text such as a name or title; null (and a problem) when absent, empty or not text. */
    String text(String key) {
        Node value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            reading.problem(value, path(key), "expected text, found " + describe(value)
                    + "; write the text after the colon");
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            reading.problem(value, path(key), "is empty; write the text that the page shows here");
            return null;
        }
        return text;
    }

    /** Markdown prose; its placeholders must name facts that exist. */
    Prose prose(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        Node value = values.get(key);
        for (Placeholder.Use use : Placeholder.find(text)) {
            String problem = Placeholders.check(use);
            if (problem != null) {
                int[] at = reading.locate(value, text.substring(use.start(), use.end()));
                reading.problemAt(at[0], at[1], path(key), problem);
            }
        }
        return new Prose(text);
    }

    LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            reading.problem(values.get(key), path(key), "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-04-08");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            reading.problem(values.get(key), path(key), "'" + text
                    + "' is not a date that exists; write a real calendar date as YYYY-MM-DD");
            return null;
        }
    }

    Integer wholeNumber(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,4}")) {
            reading.problem(values.get(key), path(key), "expected a whole number, found '" + text + "'; write a number such as 16");
            return null;
        }
        return Integer.parseInt(text);
    }

    /** true or false; a missing optional flag is {@code fallback}. */
    Boolean flag(String key, Boolean fallback) {
        if (!values.containsKey(key)) {
            return fallback;
        }
        String text = text(key);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            reading.problem(values.get(key), path(key), "expected true or false, found '" + text + "'; write true or false");
            return null;
        }
        return lower.equals("true");
    }

    Period period(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            reading.problem(values.get(key), path(key), e.getMessage());
            return null;
        }
    }

    /**
     * A period no longer than {@code longest}: "'5000 years' is longer than {@code what} (100 years at most);
     * {@code write}".
     */
    Period period(String key, Period longest, String what, String write) {
        Period period = period(key);
        if (period == null) {
            return null;
        }
        // Each unit is at least a day, so a larger amount is longer whatever its unit; else the days cannot overflow.
        int most = longest.approximateDays();
        if (period.amount() > most || period.approximateDays() > most) {
            reading.problem(values.get(key), path(key), "'" + text(key) + "' is longer than " + what + " (" + longest
                    + " at most); " + write);
            return null;
        }
        return period;
    }

    /** A kebab-case id, defined in {@code scope}; {@code what} names the thing for the duplicate message. */
    String id(String key, String scope, String what) {
        String id = kebab(key);
        if (id != null) {
            reading.define(scope, id, values.get(key), path(key), what);
        }
        return id;
    }

    /** A kebab-case id that must be defined in {@code scope} somewhere in the file. */
    String reference(String key, String scope, String definedUnder) {
        String id = kebab(key);
        if (id != null) {
            reading.refer(scope, id, values.get(key), path(key), definedUnder);
        }
        return id;
    }

    private String kebab(String key) {
        String id = text(key);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            int odd = id.codePoints().filter(c -> c > 0x7e || c < 0x20).findFirst().orElse(-1);
            if (odd >= 0) {
                // A letter from another script or an invisible character makes an id look right and be another.
                reading.problem(values.get(key), path(key), "'" + id + "' is not a valid id: it contains "
                        + String.format("U+%04X", odd) + " (" + java.util.Objects.requireNonNullElse(Character.getName(odd),
                        "an unassigned character") + "), " + (Character.isLetterOrDigit(odd)
                                ? "which only looks like a plain letter" : "which is not a letter")
                        + "; retype it with a-z, 0-9 and hyphens only");
                return null;
            }
            String suggestion = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            reading.problem(values.get(key), path(key), "'" + id + "' is not a valid id; use lower-case words joined by hyphens"
                    + (suggestion.isEmpty() ? ", e.g. account-information" : ", e.g. " + suggestion));
            return null;
        }
        return id;
    }

    /** A non-empty list, each item mapped by {@code item} with its path, e.g. {@code rules[2]}. */
    <T> List<T> list(String key, BiFunction<Node, String, T> item) {
        return list(key, item, false);
    }

    /** A list that may be empty ({@code []}): optional lists of the code section. */
    <T> List<T> listOrEmpty(String key, BiFunction<Node, String, T> item) {
        return list(key, item, true);
    }

    private <T> List<T> list(String key, BiFunction<Node, String, T> item, boolean mayBeEmpty) {
        Node value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof SequenceNode sequence)) {
            reading.problem(value, path(key), "expected a list, found " + describe(value)
                    + "; write each item on its own line starting with '- '");
            return null;
        }
        if (sequence.getValue().isEmpty() && !mayBeEmpty) {
            reading.problem(value, path(key), "is an empty list; give at least one item, or ask whether the section belongs in the policy");
            return null;
        }
        List<T> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(item.apply(nodes.get(i), path(key) + "[" + i + "]"));
        }
        return items;
    }

    /** A list of short words, e.g. {@code [law, contract]}. */
    List<String> words(String key) {
        return words(key, true);
    }

    /** A list of short words that must not be empty. */
    List<String> someWords(String key) {
        return words(key, false);
    }

    private List<String> words(String key, boolean mayBeEmpty) {
        return list(key, (item, itemPath) -> word(item, itemPath, "a word such as law"), mayBeEmpty);
    }

    /** Checks one word of a list where it is written; returns it, or null after reporting a problem. */
    interface WordCheck {
        String check(String word, Node node, String path);
    }

    /**
     * A list of short words that may be empty, each handed to {@code check} with its own node and path, so that a
     * problem points at the item it is about; items that are not words ({@code example} says what to write) or
     * that {@code check} refuses are left out. Null when the value is not a list.
     */
    List<String> words(String key, String example, WordCheck check) {
        List<String> words = list(key, (item, itemPath) -> {
            String word = word(item, itemPath, example);
            return word == null ? null : check.check(word, item, itemPath);
        }, true);
        return words == null ? null : words.stream().filter(java.util.Objects::nonNull).toList();
    }

    private String word(Node item, String itemPath, String example) {
        if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            reading.problem(item, itemPath, "expected text, found " + describe(item) + "; write " + example);
            return null;
        }
        return scalar.getValue().strip();
    }
}
