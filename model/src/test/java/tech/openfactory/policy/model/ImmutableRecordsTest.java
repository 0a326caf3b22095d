package tech.openfactory.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A loaded policy is immutable all the way down: no caller can clear a list of it, and no record of the model
 * keeps a list it was given, which its maker could change afterwards. Checked by reflection over the records, so
 * that a record added later cannot forget its copies.
 */
class ImmutableRecordsTest {
    private static final Path ROOT = Path.of(System.getProperty("policy.projectRoot", ".."));

    @Test
    void the_categories_of_a_loaded_policy_cannot_be_cleared() throws Exception {
        Policy policy = PolicyLoader.builder().build().load(ROOT.resolve("content/privacy/policy.yaml"));
        assertThrows(UnsupportedOperationException.class, () -> policy.collection().categories().clear());
        assertTrue(!policy.collection().categories().isEmpty());
    }

    static Stream<Path> policies() {
        return Stream.of("content/privacy/policy.yaml", "examples/complete-policy/content/privacy/policy.yaml")
                .map(ROOT::resolve);
    }

    @ParameterizedTest
    @MethodSource("policies")
    void every_list_a_loaded_policy_reaches_is_unmodifiable(Path file) throws Exception {
        Walk walk = new Walk();
        walk.visit(PolicyLoader.builder().build().load(file), "policy");
        assertTrue(walk.lists > 20, "the walk must reach the policy's lists, reached " + walk.lists);
        assertEquals(List.of(), walk.mutable, "lists that can be changed");
    }

    @Test
    void every_list_of_a_loaded_history_is_unmodifiable() throws Exception {
        PolicyHistory history = new HistoryLoader(PolicyLoader.builder().build())
                .load(ROOT.resolve("examples/policy-history/content/privacy"));
        Walk walk = new Walk();
        walk.visit(history.living(), "living");
        walk.visit(history.versions(), "versions");
        assertTrue(walk.lists > 50, "reached " + walk.lists);
        assertEquals(List.of(), walk.mutable, "lists that can be changed");
    }

    /** Visits every record component, list item and map value below an object, noting the collections that change. */
    private static final class Walk {
        int lists;
        final List<String> mutable = new ArrayList<>();
        private final Map<Object, Boolean> seen = new IdentityHashMap<>();

        void visit(Object value, String path) throws Exception {
            if (value == null || seen.put(value, true) != null) {
                return;
            }
            if (value instanceof Collection<?> collection) {
                lists++;
                if (canChange(collection)) {
                    mutable.add(path + " (" + value.getClass().getName() + ")");
                }
                int i = 0;
                for (Object item : collection) {
                    visit(item, path + "[" + i++ + "]");
                }
            } else if (value instanceof Map<?, ?> map) {
                lists++;
                if (canChange(map)) {
                    mutable.add(path + " (" + value.getClass().getName() + ")");
                }
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    visit(e.getValue(), path + "." + e.getKey());
                }
            } else if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    component.getAccessor().setAccessible(true);
                    visit(component.getAccessor().invoke(value), path + "." + component.getName());
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean canChange(Collection collection) {
        // Each of these throws on an unmodifiable collection, empty or not; a mutable one is changed and then
        // reported, so the test that reaches it fails anyway.
        for (Runnable change : List.<Runnable>of(() -> collection.add(null), collection::clear,
                () -> collection.removeIf(x -> true))) {
            try {
                change.run();
                return true;
            } catch (UnsupportedOperationException | NullPointerException e) {
                // refused: unmodifiable, or a collection that takes no null, so try the next change
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean canChange(Map map) {
        try {
            map.put("x", "y");
            return true;
        } catch (UnsupportedOperationException | NullPointerException e) {
            try {
                map.clear();
                return true;
            } catch (UnsupportedOperationException f) {
                return false;
            }
        }
    }

    /** The public records of the model module: the policy's facts, history, lint reports. */
    static List<Class<?>> records() throws Exception {
        Path classes = Path.of(Policy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name, false, Policy.class.getClassLoader());
                if (type.isRecord() && isPublic(type)) {
                    records.add(type);
                }
            }
        }
        records.sort(java.util.Comparator.comparing(Class::getName));
        assertTrue(records.size() > 30, "found only " + records);
        return records;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void every_record_holds_a_copy_of_the_collections_it_is_given(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        Object[] args = new Object[components.length];
        Set<Integer> collections = new TreeSet<>();
        for (int i = 0; i < components.length; i++) {
            args[i] = given(types[i]);
            if (args[i] instanceof Collection<?> || args[i] instanceof Map<?, ?>) {
                collections.add(i);
            }
        }
        if (collections.isEmpty()) {
            return; // nothing to copy
        }
        Object made;
        try {
            made = canonical.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            fail(record.getName() + " cannot be made with empty collections and no other facts: " + e.getCause());
            return;
        }
        for (int i : collections) {
            grow(args[i]);
            Object held = components[i].getAccessor().invoke(made);
            String what = record.getSimpleName() + "." + components[i].getName();
            assertTrue(held != args[i], what + " keeps the list it was given: its maker can still change it");
            assertTrue(held instanceof Collection<?> c ? c.isEmpty() : ((Map<?, ?>) held).isEmpty(),
                    what + " shows a change made after it was built");
            assertTrue(!(held instanceof Collection<?> c) || !canChange(c), what + " can be changed");
            assertTrue(!(held instanceof Map<?, ?> m) || !canChange(m), what + " can be changed");
        }
    }

    /** A value for a component: an empty mutable collection, or the type's default. */
    private static Object given(Class<?> type) {
        if (type == List.class || type == Collection.class) {
            return new ArrayList<>();
        }
        if (type == Set.class) {
            return new HashSet<>();
        }
        if (type == Map.class) {
            return new HashMap<>();
        }
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void grow(Object collection) {
        if (collection instanceof Collection c) {
            c.add("added later");
        } else {
            ((Map) collection).put("added", "later");
        }
    }
}
