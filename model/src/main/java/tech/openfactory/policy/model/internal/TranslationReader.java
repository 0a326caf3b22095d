package tech.openfactory.policy.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import tech.openfactory.policy.model.Checksum;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.model.Prose;
import tech.openfactory.policy.translation.TranslatedUnit;
import tech.openfactory.policy.translation.Translation;
import tech.openfactory.policy.translation.UnitKeys;

/**
 * Reads one translation file ({@code <locale>.yaml}) as strictly as the policy: decode, gate, then every key
 * checked, every problem located and reported in one run.
 */
public final class TranslationReader {
    static final Shape TRANSLATION = Shape.named("Translation").required("locale", "language", "units");
    static final Shape UNIT = Shape.named("TranslatedUnit").required("source", "text");

    private TranslationReader() {}

    /** The mappings of a translation file, for tests that compare the reader with its JSON Schema. */
    public static List<Shape> shapes() {
        return List.of(TRANSLATION, UNIT);
    }

    /**
     * The translation in {@code bytes}, or null with problems added. {@code file} is the name problems are reported
     * under; its last segment must be {@code <locale>.yaml}.
     */
    public static Translation read(String file, byte[] bytes, List<Problem> problems) {
        if (bytes.length > PolicyLoader.DEFAULT_MAX_BYTES) {
            problems.add(new Problem(file, 1, 1, "", "the file is larger than the limit of "
                    + PolicyLoader.DEFAULT_MAX_BYTES + " bytes; a translation is about as long as the policy, so"
                    + " check that this is the right file"));
            return null;
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String named = name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : null;
        String[] wrongName = named == null ? new String[] {"it does not end in .yaml", null} : tag(named);
        if (wrongName != null) {
            problems.add(new Problem(file, 1, 1, "", "the file name " + name + " does not name the language of a"
                    + " translation: " + wrongName[0] + "; " + (wrongName[1] == null || named == null
                            ? "name a translation by the BCP 47 tag of its language, e.g. de.yaml, fr-CA.yaml or"
                                    + " ar.yaml"
                            : "rename it " + wrongName[1] + ".yaml")));
            return null;
        }
        String text = YamlGate.decode(bytes, file, problems);
        if (text == null) {
            return null;
        }
        Reading reading = new Reading(file, text);
        if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            reading.problemAt(1, 1, "", "the file is empty; write locale: " + named
                    + ", language: (its name in the language) and units:");
            problems.addAll(reading.problems());
            return null;
        }
        Node root = new YamlGate(PolicyLoader.DEFAULT_MAX_BYTES, PolicyLoader.DEFAULT_MAX_DEPTH,
                PolicyLoader.DEFAULT_MAX_ALIASES).compose(reading);
        Translation translation = root == null ? null : translation(file, reading, root, named, Checksum.sha256(bytes));
        problems.addAll(reading.problems());
        return reading.problems().isEmpty() ? translation : null;
    }

    private static Translation translation(String file, Reading reading, Node root, String named, String sha) {
        Fields f = Fields.open(reading, root, "", TRANSLATION);
        if (f == null) {
            return null;
        }
        String tag = f.text("locale");
        if (tag != null) {
            String problem = tagProblem(tag);
            if (problem == null && !tag.equals(named)) {
                problem = "is " + tag + " but the file is named " + named + ".yaml; a translation is named by its"
                        + " locale: write locale: " + named + ", or rename the file to " + tag + ".yaml";
            }
            if (problem != null) {
                reading.problem(f.node("locale"), "locale", problem);
            }
        }
        String language = f.text("language");
        List<TranslatedUnit> units = f.has("units") ? units(reading, f.node("units")) : null;
        int unitsLine = f.has("units") ? f.keyNode("units").getStartMark().getLine() + 1 : 1;
        return tag == null || language == null || units == null ? null
                : new Translation(file, tag, language, sha, units, unitsLine);
    }

    /**
     * What is wrong with a language tag, or null: well-formed BCP 47 (as {@link Locale.Builder} checks it), written
     * the canonical way, naming a language other than English and no extension.
     */
    public static String tagProblem(String tag) {
        String[] wrong = tag(tag);
        return wrong == null ? null : wrong[0] + "; write " + (wrong[1] == null ? "a tag such as de, fr, fr-CA or ar"
                : wrong[1]);
    }

    /** What is wrong with a tag and the tag to write instead (null when there is none to suggest); null if right. */
    private static String[] tag(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return new String[] {"'" + tag + "' is not a well-formed BCP 47 language tag ("
                    + e.getMessage().replaceAll("\\s*\\[.*]$", "") + ")", null};
        }
        if (locale.getLanguage().isEmpty()) {
            return new String[] {"'" + tag + "' names no language", null};
        }
        if (locale.hasExtensions()) {
            return new String[] {"'" + tag + "' has an extension (-u-, -x-, ...), which a translation does not need",
                locale.stripExtensions().toLanguageTag()};
        }
        if (locale.getLanguage().equals("en")) {
            return new String[] {"'" + tag + "' is English, the language the policy itself is written in, and a"
                    + " translation is into another language", null};
        }
        String canonical = locale.toLanguageTag();
        if (!canonical.equals(tag)) {
            return new String[] {"'" + tag + "' is written " + canonical + " in BCP 47 (language lower-case, region"
                    + " upper-case)", canonical};
        }
        return null;
    }

    private static List<TranslatedUnit> units(Reading reading, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            reading.problem(node, "units", "expected a mapping of unit keys to translations, found "
                    + Fields.describe(node) + "; write each unit as its key (e.g. summary.text:) with source: and"
                    + " text: indented below it, or units: {} for none yet");
            return null;
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        List<TranslatedUnit> units = new ArrayList<>();
        boolean broken = false;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                reading.problem(keyNode, "units", "a unit's key is the key of a passage of the policy, e.g."
                        + " summary.text; write it as summary.text:");
                broken = true;
                continue;
            }
            String key = scalar.getValue();
            String path = "units." + key;
            Node first = seen.putIfAbsent(key, keyNode);
            if (first != null) {
                reading.problem(keyNode, path, "duplicate unit, also written at line "
                        + (first.getStartMark().getLine() + 1) + ":" + (first.getStartMark().getColumn() + 1)
                        + "; keep one of the two");
                broken = true;
                continue;
            }
            if (!UnitKeys.isUnitKey(key)) {
                List<String> candidates = UnitKeys.candidates(key);
                String message;
                if (candidates.contains(key)) {
                    // The form is right, the id is not one: ids are kebab-case.
                    String kebab = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                            .replaceAll("-?\\.-?", ".").replaceAll("^-|-$", "");
                    message = "'" + key + "' is not a unit: ids are lower-case words joined by hyphens, as the"
                            + " policy writes them; write " + (UnitKeys.isUnitKey(kebab) ? kebab
                                    : "the id as the policy does");
                } else {
                    String hint = nearest(key, candidates).map(s -> "did you mean '" + s + "'? A").orElse("a");
                    message = "unknown unit '" + key + "'; " + hint + " unit is the key of a passage of the"
                            + " policy, e.g. summary.text or collection.categories.<id>.description (the README lists"
                            + " them all)";
                }
                reading.problem(keyNode, path, message);
                broken = true;
                continue;
            }
            Fields unit = Fields.open(reading, tuple.getValueNode(), path, UNIT);
            if (unit == null) {
                broken = true;
                continue;
            }
            String source = unit.text("source");
            if (source != null && !source.matches("[0-9a-f]{64}")) {
                reading.problem(unit.node("source"), unit.path("source"), "'" + source + "' is not a SHA-256; write"
                        + " the 64 lower-case hexadecimal digits of the English text's SHA-256, as `policy translations"
                        + " status --missing` prints them");
                source = null;
            }
            Prose text = unit.prose("text");
            if (source == null || text == null) {
                broken = true;
                continue;
            }
            units.add(new TranslatedUnit(key, source, text.markdown(), keyNode.getStartMark().getLine() + 1,
                    keyNode.getStartMark().getColumn() + 1));
        }
        return broken ? null : units;
    }

    /** The known name a typo most likely meant, for "did you mean" hints. */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        return NearestName.to(typed, known);
    }
}
