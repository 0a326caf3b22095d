package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Which imported types are persisted, and what says so: precise signals first (JPA and Spring Data annotations, the
 * domain type of a Spring Data repository, the types a MyBatis mapper reads and writes, in its signatures or its
 * XML), then the types those embed or inherit from, and last the policy's {@code code.storagePackages}.
 */
public final class Inventory {
    /** What showed a type is persisted, as the report counts them. */
    public enum Signal {
        JPA("JPA annotation"),
        SPRING_DATA("Spring Data annotation"),
        REPOSITORY("Spring Data repository"),
        MYBATIS("MyBatis mapper"),
        EMBEDDED("embedded value"),
        SUPERCLASS("superclass"),
        STORAGE_PACKAGE("code.storagePackages");

        private final String words;

        Signal(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A persisted type, the kind of signal that first showed it, and that signal in words for the report.
     *
     * @param embedded stored inside another type's row (a JPA embeddable, a value another persisted type holds)
     */
    public record Persisted(JavaClass type, Signal kind, String signal, boolean embedded) {}

    private static final String[] JPA = {"jakarta.persistence.", "javax.persistence."};
    private static final List<String> SPRING_DATA_ANNOTATIONS = List.of(
            "org.springframework.data.mongodb.core.mapping.Document",
            "org.springframework.data.relational.core.mapping.Table",
            "org.springframework.data.elasticsearch.annotations.Document",
            "org.springframework.data.redis.core.RedisHash",
            "org.springframework.data.cassandra.core.mapping.Table",
            "org.springframework.data.couchbase.core.mapping.Document",
            "org.springframework.data.neo4j.core.schema.Node");
    static final String MYBATIS_MAPPER = "org.apache.ibatis.annotations.Mapper";
    static final String MAPPER_SCAN = "org.mybatis.spring.annotation.MapperScan";
    /** MyBatis's own aliases of Java types: never a type of the codebase. */
    private static final Set<String> MYBATIS_ALIASES = Set.of("string", "byte", "long", "short", "int", "integer",
            "double", "float", "boolean", "date", "decimal", "bigdecimal", "object", "map", "hashmap", "list",
            "arraylist", "collection", "iterator", "_int", "_long", "_integer", "_boolean", "_byte", "_short",
            "_double", "_float");

    private final Map<JavaClass, Persisted> persisted = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Inventory() {}

    static Inventory of(List<JavaClass> classes, ClasspathResources resources, List<String> storagePackages) {
        Inventory inventory = new Inventory();
        inventory.find(classes, resources, storagePackages);
        return inventory;
    }

    /** Every persisted type, in class-name order. */
    public List<Persisted> types() {
        return persisted.values().stream().sorted(java.util.Comparator.comparing(p -> p.type().getName())).toList();
    }

    /** The persisted type of that simple name, case ignored (the first in name order), or null. */
    public synchronized JavaClass bySimpleName(String simpleName) {
        if (bySimpleName == null) {
            Map<String, JavaClass> names = new HashMap<>();
            types().forEach(p -> names.putIfAbsent(p.type().getSimpleName().toLowerCase(java.util.Locale.ROOT), p.type()));
            bySimpleName = names;
        }
        return bySimpleName.get(simpleName.toLowerCase(java.util.Locale.ROOT));
    }

    private Map<String, JavaClass> bySimpleName;

    public boolean isPersisted(JavaClass type) {
        return persisted.containsKey(type);
    }

    public Optional<Persisted> get(JavaClass type) {
        return Optional.ofNullable(persisted.get(type));
    }

    /** What the inventory could not read (a mapper XML that does not parse, a type alias it cannot resolve). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private void find(List<JavaClass> classes, ClasspathResources resources, List<String> storagePackages) {
        Map<String, JavaClass> byName = new HashMap<>();
        classes.forEach(c -> byName.put(c.getName(), c));
        List<String> mapperPackages = new ArrayList<>();
        for (JavaClass type : classes) {
            annotated(type, "Entity").ifPresent(a -> add(type, Signal.JPA, "JPA @" + a));
            annotated(type, "Embeddable").ifPresent(a -> add(type, Signal.JPA, "JPA @" + a, true));
            annotated(type, "MappedSuperclass").ifPresent(a -> add(type, Signal.JPA, "JPA @" + a));
            for (String annotation : SPRING_DATA_ANNOTATIONS) {
                if (type.isAnnotatedWith(annotation)) {
                    add(type, Signal.SPRING_DATA, "Spring Data @" + annotation.substring(annotation.lastIndexOf('.') + 1));
                }
            }
            if (type.isAnnotatedWith(MAPPER_SCAN)) {
                var scan = type.getAnnotationOfType(MAPPER_SCAN);
                mapperPackages.addAll(CodeIndex.strings(scan, "value"));
                mapperPackages.addAll(CodeIndex.strings(scan, "basePackages"));
            }
        }
        mapperPackages.removeIf(String::isBlank);
        for (JavaClass type : classes) {
            if (!type.isInterface()) {
                continue;
            }
            repositoryDomainType(type).flatMap(t -> Optional.ofNullable(byName.get(t)))
                    .ifPresent(domain -> add(domain, Signal.REPOSITORY, "the domain type of Spring Data repository "
                            + type.getSimpleName()));
            boolean mapper = type.isAnnotatedWith(MYBATIS_MAPPER) || mapperPackages.stream()
                    .anyMatch(p -> type.getPackageName().equals(p) || type.getPackageName().startsWith(p + "."));
            if (mapper) {
                mapperTypes(type, byName, "read or written by MyBatis mapper " + type.getSimpleName());
            }
        }
        mapperXml(resources, byName);
        // Types a persisted type embeds, and the superclasses it inherits fields from, are stored with it.
        List<JavaClass> queue = new ArrayList<>(persisted.keySet());
        for (int i = 0; i < queue.size(); i++) {
            JavaClass type = queue.get(i);
            for (JavaField field : CodeIndex.fields(type)) {
                for (JavaClass held : heldTypes(field.getType())) {
                    if (byName.get(held.getName()) == held && !held.isEnum() && !held.isInterface()
                            && !persisted.containsKey(held) && !held.getFields().isEmpty()) {
                        add(held, Signal.EMBEDDED, "embedded in " + type.getSimpleName() + "." + field.getName(), true);
                        queue.add(held);
                    }
                }
            }
            type.getRawSuperclass().filter(s -> byName.get(s.getName()) == s && !persisted.containsKey(s))
                    .ifPresent(s -> {
                        add(s, Signal.SUPERCLASS, "superclass of " + type.getSimpleName());
                        queue.add(s);
                    });
        }
        if (!storagePackages.isEmpty()) {
            Predicate<String> inStorage = PackageMatchers.of(storagePackages);
            for (JavaClass type : classes) {
                if (!type.isInterface() && !type.isEnum() && !type.isAnnotation() && type.getPackageName() != null
                        && inStorage.test(type.getPackageName()) && !type.getFields().isEmpty()) {
                    add(type, Signal.STORAGE_PACKAGE, "in code.storagePackages (" + String.join(", ", storagePackages) + ")");
                }
            }
        }
    }

    private void add(JavaClass type, Signal kind, String signal) {
        add(type, kind, signal, false);
    }

    private void add(JavaClass type, Signal kind, String signal, boolean embedded) {
        persisted.putIfAbsent(type, new Persisted(type, kind, signal, embedded));
    }

    private static Optional<String> annotated(JavaClass type, String simpleName) {
        for (String prefix : JPA) {
            if (type.isAnnotatedWith(prefix + simpleName)) {
                return Optional.of(simpleName);
            }
        }
        return Optional.empty();
    }

    /**
     * The domain type {@code T} of a Spring Data repository: the first type argument of a
     * {@code org.springframework.data..*Repository} it extends, followed through the codebase's own generic base
     * repositories ({@code interface UserRepository extends BaseRepository<User>}).
     */
    static Optional<String> repositoryDomainType(JavaClass repository) {
        if (repository.isAnnotatedWith("org.springframework.data.repository.RepositoryDefinition")) {
            Object domain = repository.getAnnotationOfType("org.springframework.data.repository.RepositoryDefinition")
                    .get("domainClass").orElse(null);
            if (domain instanceof JavaClass c) {
                return Optional.of(c.getName());
            }
        }
        return domainType(repository, Map.of(), 0);
    }

    private static Optional<String> domainType(JavaClass type, Map<String, JavaType> bound, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        for (JavaType parent : type.getInterfaces()) {
            JavaClass raw = parent.toErasure();
            List<JavaType> args = parent instanceof JavaParameterizedType p ? p.getActualTypeArguments() : List.of();
            if (raw.getName().startsWith("org.springframework.data.") && raw.getSimpleName().endsWith("Repository")) {
                if (!args.isEmpty()) {
                    JavaType first = args.get(0);
                    if (first instanceof JavaTypeVariable<?> v) {
                        first = bound.get(v.getName());
                    }
                    if (first != null && !(first instanceof JavaTypeVariable<?>)) {
                        return Optional.of(first.toErasure().getName());
                    }
                }
                continue;
            }
            // The codebase's own base repository: bind its type parameters to what this interface passes.
            Map<String, JavaType> next = new HashMap<>();
            List<? extends JavaTypeVariable<?>> params = raw.getTypeParameters();
            for (int i = 0; i < params.size() && i < args.size(); i++) {
                JavaType arg = args.get(i);
                next.put(params.get(i).getName(), arg instanceof JavaTypeVariable<?> v && bound.containsKey(v.getName())
                        ? bound.get(v.getName()) : arg);
            }
            Optional<String> found = domainType(raw, next, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The codebase's types in a mapper's method signatures: what it returns and what it takes. */
    private void mapperTypes(JavaClass mapper, Map<String, JavaClass> byName, String signal) {
        for (JavaCodeUnit method : mapper.getCodeUnits().stream()
                .sorted(java.util.Comparator.comparing(JavaCodeUnit::getFullName)).toList()) {
            List<JavaType> types = new ArrayList<>();
            types.add(method.getReturnType());
            types.addAll(method.getParameterTypes());
            for (JavaType type : types) {
                for (JavaClass held : heldTypes(type)) {
                    JavaClass own = byName.get(held.getName());
                    if (own != null && !own.isEnum() && !own.isInterface() && !own.getFields().isEmpty()) {
                        add(own, Signal.MYBATIS, signal);
                    }
                }
            }
        }
    }

    /** A type and its type arguments, erased: {@code List<Optional<Member>>} holds List, Optional and Member. */
    static List<JavaClass> heldTypes(JavaType type) {
        List<JavaClass> out = new ArrayList<>();
        collect(type, out, 0);
        return out;
    }

    private static void collect(JavaType type, List<JavaClass> out, int depth) {
        if (depth > 6 || type == null) {
            return;
        }
        if (type instanceof JavaParameterizedType p) {
            out.add(p.toErasure());
            p.getActualTypeArguments().forEach(a -> collect(a, out, depth + 1));
        } else if (type instanceof JavaWildcardType w) {
            w.getUpperBounds().forEach(b -> collect(b, out, depth + 1));
        } else if (type instanceof JavaTypeVariable<?>) {
            // a type variable is no type of the codebase
        } else {
            JavaClass raw = type.toErasure();
            out.add(raw.isArray() ? raw.getBaseComponentType() : raw);
        }
    }

    /** MyBatis XML: the namespace's interface, and the types named by resultType, parameterType, type and ofType. */
    private void mapperXml(ClasspathResources resources, Map<String, JavaClass> byName) {
        List<String> aliasPackages = new ArrayList<>();
        resources.property("mybatis.type-aliases-package").values()
                .forEach(v -> aliasPackages.addAll(List.of(v.split("[,;\\s]+"))));
        Map<String, JavaClass> aliases = new HashMap<>();
        for (JavaClass type : byName.values()) {
            if (aliasPackages.contains(type.getPackageName())) {
                aliases.put(type.getSimpleName().toLowerCase(java.util.Locale.ROOT), type);
            }
            if (type.isAnnotatedWith("org.apache.ibatis.type.Alias")) {
                aliases.put(CodeIndex.string(type.getAnnotationOfType("org.apache.ibatis.type.Alias"), "value")
                        .toLowerCase(java.util.Locale.ROOT), type);
            }
        }
        for (ClasspathResources.Resource xml : resources.mapperXml()) {
            Document doc;
            try {
                doc = parser().parse(new InputSource(new StringReader(xml.text())));
            } catch (Exception e) {
                notes.add(xml.name() + " could not be read as MyBatis mapper XML (" + e.getMessage() + ")");
                continue;
            }
            Element root = doc.getDocumentElement();
            if (!root.getTagName().equals("mapper")) {
                continue;
            }
            String signal = "named in MyBatis mapper " + xml.name();
            JavaClass namespace = byName.get(root.getAttribute("namespace"));
            if (namespace != null) {
                mapperTypes(namespace, byName, signal);
            }
            NodeList all = root.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                for (String attribute : List.of("resultType", "parameterType", "type", "ofType", "javaType")) {
                    String name = e.getAttribute(attribute).trim();
                    if (name.isEmpty() || MYBATIS_ALIASES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    JavaClass type = byName.containsKey(name) ? byName.get(name)
                            : aliases.get(name.toLowerCase(java.util.Locale.ROOT));
                    if (type != null && !type.isEnum()) {
                        add(type, Signal.MYBATIS, signal);
                    } else if (type == null && !name.startsWith("java.") && !name.contains("Handler")) {
                        notes.add(xml.name() + ": " + attribute + "=\"" + name + "\" names no imported class; a type"
                                + " it stores was not checked (import its package, or set mybatis.type-aliases-package)");
                    }
                }
            }
        }
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Mapper files declare MyBatis's DTD by URL: never fetch it, never expand entities.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory.newDocumentBuilder();
    }

    static boolean isJpa(JavaField field, String simpleName) {
        for (String prefix : JPA) {
            if (field.isAnnotatedWith(prefix + simpleName)) {
                return true;
            }
        }
        return false;
    }

    static Collection<String> jpaPrefixes() {
        return List.of(JPA);
    }
}
