package tech.openfactory.policy.model.internal;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tech.openfactory.policy.model.Placeholder;

/** The JSON Schema editors complete from and the loader accept exactly the same keys. */
class SchemaAgreementTest {
    private static final String SCHEMA = "/tech/openfactory/policy/model/policy.schema.json";

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> definitions() throws IOException {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(SCHEMA)) {
            // JSON is YAML: the model's own parser reads the schema, no JSON library needed.
            Map<String, Object> schema = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (Map<String, Map<String, Object>>) schema.get("$defs");
        }
    }

    static List<Shape> shapes() {
        return Shapes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    @SuppressWarnings("unchecked")
    void every_key_the_loader_accepts_is_in_the_schema_and_no_other(Shape shape) throws IOException {
        Map<String, Object> definition = definitions().get(shape.name());
        assertTrue(definition != null, "schema has no $defs/" + shape.name());
        assertEquals(false, definition.get("additionalProperties"), shape.name() + " must refuse unknown keys");
        Map<String, Object> properties = (Map<String, Object>) definition.get("properties");
        assertEquals(new TreeSet<>(shape.keys()), new TreeSet<>(properties.keySet()), shape.name() + " keys");
        Set<String> required = shape.keys().stream().filter(shape::isRequired).collect(Collectors.toCollection(TreeSet::new));
        List<String> schemaRequired = (List<String>) definition.getOrDefault("required", List.of());
        assertEquals(required, new TreeSet<>(schemaRequired), shape.name() + " required keys");
    }

    @Test
    void every_object_in_the_schema_is_a_shape_the_loader_reads() throws IOException {
        Set<String> objects = definitions().entrySet().stream()
                .filter(e -> "object".equals(e.getValue().get("type"))).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> shapes = Shapes.all().stream().map(Shape::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shapes, objects);
    }

    @Test
    void the_schema_documents_every_placeholder() throws IOException {
        String prose = (String) definitions().get("Prose").get("description");
        for (Placeholder placeholder : Placeholder.values()) {
            assertTrue(prose.contains("{{" + placeholder.path() + "}}"), "Prose description lacks " + placeholder.path());
            for (String form : placeholder.forms()) {
                assertTrue(prose.contains("{{" + placeholder.path() + ":" + form + "}}"), "lacks form " + form);
            }
        }
    }

    @Test
    void the_policy_file_declares_the_schema_for_editor_completion() throws IOException {
        Path root = Path.of(System.getProperty("policy.projectRoot", ".."));
        Path policy = root.resolve("content/privacy/policy.yaml");
        String first = Files.readAllLines(policy).get(0);
        String prefix = "# yaml-language-server: $schema=";
        assertTrue(first.startsWith(prefix), "first line must declare the schema: " + first);
        Path declared = policy.getParent().resolve(first.substring(prefix.length())).normalize();
        assertEquals(root.resolve("model/src/main/resources" + SCHEMA).normalize(), declared);
    }
}
