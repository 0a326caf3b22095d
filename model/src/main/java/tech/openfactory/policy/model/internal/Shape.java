package tech.openfactory.policy.model.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys one kind of YAML mapping accepts. Named after its definition in {@code policy.schema.json}, so a test
 * can hold loader and schema to the same keys.
 */
public final class Shape {
    private final String name;
    private final Map<String, Boolean> keys = new LinkedHashMap<>();

    private Shape(String name) {
        this.name = name;
    }

    static Shape named(String name) {
        return new Shape(name);
    }

    Shape required(String... names) {
        for (String key : names) {
            keys.put(key, true);
        }
        return this;
    }

    Shape optional(String... names) {
        for (String key : names) {
            keys.put(key, false);
        }
        return this;
    }

    /** The definition's name in the JSON Schema, e.g. "RetentionRule". */
    public String name() {
        return name;
    }

    /** Every key, in the order the documentation lists them. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(keys.keySet());
    }

    public boolean isRequired(String key) {
        return keys.getOrDefault(key, false);
    }

    public boolean accepts(String key) {
        return keys.containsKey(key);
    }
}
