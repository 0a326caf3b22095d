package tech.openfactory.policy.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tech.openfactory.policy.model.Passage;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.PolicyText;
import tech.openfactory.policy.model.internal.Shape;
import tech.openfactory.policy.model.internal.TranslationReader;

/** The translation schema, the reader and the policy's passages agree on every key. */
class TranslationSchemaTest {
    private static final String SCHEMA = "/tech/openfactory/policy/translation/translation.schema.json";

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> definitions() throws IOException {
        try (InputStream in = TranslationSchemaTest.class.getResourceAsStream(SCHEMA)) {
            Map<String, Object> schema = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (Map<String, Map<String, Object>>) schema.get("$defs");
        }
    }

    static List<Shape> shapes() {
        return TranslationReader.shapes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    @SuppressWarnings("unchecked")
    void every_key_the_reader_accepts_is_in_the_schema_and_no_other(Shape shape) throws IOException {
        Map<String, Object> definition = definitions().get(shape.name());
        assertTrue(definition != null, "schema has no $defs/" + shape.name());
        assertEquals(false, definition.get("additionalProperties"), shape.name() + " must refuse unknown keys");
        Map<String, Object> properties = (Map<String, Object>) definition.get("properties");
        assertEquals(new TreeSet<>(shape.keys()), new TreeSet<>(properties.keySet()));
        Set<String> required = shape.keys().stream().filter(shape::isRequired).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(required, new TreeSet<>((List<String>) definition.get("required")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_schema_names_the_units_by_the_same_pattern_as_the_reader() throws IOException {
        Map<String, Object> units = (Map<String, Object>) ((Map<String, Object>) definitions().get("Translation")
                .get("properties")).get("units");
        assertEquals(UnitKeys.regex(), ((Map<String, Object>) units.get("propertyNames")).get("pattern"));
    }

    static Stream<Path> policies() {
        return Stream.of("content/privacy/policy.yaml", "examples/complete-policy/content/privacy/policy.yaml",
                "examples/policy-history/content/privacy/policy.yaml").map(Example.ROOT::resolve);
    }

    @ParameterizedTest
    @MethodSource("policies")
    void every_passage_of_a_policy_is_a_unit(Path file) throws Exception {
        Policy policy = PolicyLoader.builder().build().load(file);
        List<String> notUnits = PolicyText.passages(policy).stream().map(Passage::key).filter(k -> !UnitKeys.isUnitKey(k))
                .toList();
        assertEquals(List.of(), notUnits);
    }

    @Test
    void every_form_of_unit_is_a_passage_of_some_policy() throws Exception {
        List<String> keys = new java.util.ArrayList<>();
        for (Path file : (Iterable<Path>) policies()::iterator) {
            PolicyText.passages(PolicyLoader.builder().build().load(file)).forEach(p -> keys.add(p.key()));
        }
        for (String template : UnitKeys.templates()) {
            String regex = template.replace(".", "\\.").replace("<id>", UnitKeys.ID);
            assertTrue(keys.stream().anyMatch(k -> k.matches(regex)), "no passage has the form " + template);
        }
    }

    @Test
    void the_example_translations_declare_the_schema_for_editor_completion() throws IOException {
        Path file = Example.PRIVACY.resolve("translations/de.yaml");
        String first = Files.readAllLines(file).get(0);
        String prefix = "# yaml-language-server: $schema=";
        assertTrue(first.startsWith(prefix), first);
        assertEquals(Example.ROOT.resolve("model/src/main/resources" + SCHEMA).normalize(),
                file.getParent().resolve(first.substring(prefix.length())).normalize());
    }
}
