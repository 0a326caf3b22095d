package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the kit needs to know of a codebase, gathered in one walk over the imported classes: the declarations
 * production code makes with the policy's annotations, and the signals the rules read (persisted fields, cookie
 * writes, dependencies).
 */
public final class CodeIndex {
    /** A field declared as an element of a category. */
    public record Declared(JavaField field, String category, String element) {}

    /** A job purging a retention rule's data. */
    public record Job(HasName.AndFullName where, JavaClass owner, String rule, String keeps) {}

    /** Code that sets a cookie: how it is declared (null when not) and whether it is consent-gated. */
    public record CookieWrite(JavaCodeUnit code, String cookie, String name, boolean consentGated, boolean header) {}

    /** A class declared as handler (eraser, exporter, corrector) of some categories. */
    public record Handler(JavaClass type, String annotation, List<String> categories) {}

    /** A declared minimum age. */
    public record Age(HasName.AndFullName where, JavaClass owner, int value) {}

    final List<JavaClass> classes;
    /** Every class's own fields, class by class in {@link #classes} order, each class's in name order. */
    final List<JavaField> allFields = new ArrayList<>();
    final List<Declared> declared = new ArrayList<>();
    final List<JavaField> persistedFields = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    final List<CookieWrite> cookieWrites = new ArrayList<>();
    final List<Handler> handlers = new ArrayList<>();
    final List<Age> ages = new ArrayList<>();
    /** The distinct classes each class depends on directly, computed when a rule first asks. */
    private final Map<JavaClass, List<JavaClass>> dependencyTargets = new ConcurrentHashMap<>();

    private CodeIndex(Collection<JavaClass> classes, List<String> storagePackages) {
        // Sorted, so that messages and the report come out in the same order on every run.
        this.classes = classes.stream().sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
        // Built when a class first needs it, as before: only classes that are not JPA types are matched.
        Predicate<String> inStoragePackage = storagePackages.isEmpty() ? null : new Predicate<>() {
            private Predicate<String> matcher;

            @Override
            public boolean test(String packageName) {
                if (matcher == null) {
                    matcher = PackageMatchers.of(storagePackages);
                }
                return matcher.test(packageName);
            }
        };
        // Whether a call's target is a servlet response: asked for every method call, answered once per class.
        Map<JavaClass, Boolean> responses = new HashMap<>();
        Predicate<JavaMethodCall> writesResponseHeader = call -> (call.getName().equals("addHeader")
                || call.getName().equals("setHeader"))
                && responses.computeIfAbsent(call.getTargetOwner(), t -> isServlet(t, "HttpServletResponse"));
        for (JavaClass type : this.classes) {
            boolean persisted = isPersisted(type, inStoragePackage);
            for (JavaField field : fields(type)) {
                allFields.add(field);
                annotation(field, Names.PERSONAL_DATA).ifPresent(a -> declared.add(
                        new Declared(field, string(a, "category"), string(a, "element"))));
                if (persisted || hasAny(field, "ElementCollection")) {
                    persistedFields.add(field);
                }
                annotation(field, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(field, type, integer(a))));
            }
            annotation(type, Names.RETENTION_JOB).ifPresent(a -> jobs.add(
                    new Job(type, type, string(a, "rule"), string(a, "keeps"))));
            annotation(type, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(type, type, integer(a))));
            for (String handler : List.of(Names.ERASER, Names.EXPORTER, Names.CORRECTOR)) {
                annotation(type, handler).ifPresent(a -> handlers.add(new Handler(type, handler, strings(a, "value"))));
            }
            // A class's method calls are those of its code units; asking each code unit once spares ArchUnit building
            // the class's union of them. Reading the class file is the costly part: only for classes that write
            // response headers at all.
            Set<JavaCodeUnit> headerWriters = new HashSet<>();
            for (JavaCodeUnit code : type.getCodeUnits()) {
                if (code.getMethodCallsFromSelf().stream().anyMatch(writesResponseHeader)) {
                    headerWriters.add(code);
                }
            }
            boolean writesHeaders = !headerWriters.isEmpty();
            boolean writesSetCookieHeader = writesHeaders && mentions(type, "Set-Cookie");
            for (JavaCodeUnit code : type.getCodeUnits().stream()
                    .sorted(java.util.Comparator.comparing(JavaCodeUnit::getFullName)).toList()) {
                annotation(code, Names.RETENTION_JOB).ifPresent(a -> jobs.add(
                        new Job(code, type, string(a, "rule"), string(a, "keeps"))));
                annotation(code, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(code, type, integer(a))));
                boolean constructsCookie = false;
                for (JavaConstructorCall call : code.getConstructorCallsFromSelf()) {
                    if (isServlet(call.getTargetOwner(), "Cookie")) {
                        constructsCookie = true;
                        break;
                    }
                }
                boolean writesHeader = writesSetCookieHeader && headerWriters.contains(code);
                if (constructsCookie || writesHeader) {
                    Optional<JavaAnnotation<?>> sets = annotation(code, Names.SETS_COOKIE)
                            .or(() -> annotation(type, Names.SETS_COOKIE));
                    boolean gated = code.isAnnotatedWith(Names.CONSENT_GATED) || type.isAnnotatedWith(Names.CONSENT_GATED);
                    cookieWrites.add(new CookieWrite(code, sets.map(a -> string(a, "cookie")).orElse(null),
                            sets.map(a -> string(a, "name")).orElse(null), gated, !constructsCookie));
                }
            }
        }
    }

    /** A class's own fields in name order. */
    static List<JavaField> fields(JavaClass type) {
        return type.getFields().stream().sorted(java.util.Comparator.comparing(JavaField::getName)).toList();
    }

    /** Walks the classes once; storage packages come from the policy's {@code code.storagePackages}. */
    public static CodeIndex of(Collection<JavaClass> classes, List<String> storagePackages) {
        return new CodeIndex(classes, storagePackages);
    }

    /**
     * The classes {@code type} depends on directly (the targets of ArchUnit's
     * {@link JavaClass#getDirectDependenciesFromSelf()}), each once, in the order of its first dependency. The rules
     * read only the targets, and many dependencies share one: reading the targets once per class, instead of every
     * dependency once per rule, keeps the rules' cost in proportion to the code.
     */
    List<JavaClass> dependencyTargets(JavaClass type) {
        return dependencyTargets.computeIfAbsent(type, t -> {
            Set<JavaClass> targets = new LinkedHashSet<>();
            for (Dependency dependency : t.getDirectDependenciesFromSelf()) {
                targets.add(dependency.getTargetClass());
            }
            return List.copyOf(targets);
        });
    }

    private static boolean isPersisted(JavaClass type, Predicate<String> inStoragePackage) {
        if (hasAny(type, "Entity") || hasAny(type, "Embeddable") || hasAny(type, "MappedSuperclass")) {
            return true;
        }
        return inStoragePackage != null && type.getPackageName() != null && inStoragePackage.test(type.getPackageName());
    }

    private static boolean hasAny(CanBeAnnotated element, String simpleName) {
        for (String prefix : Names.PERSISTENCE) {
            if (element.isAnnotatedWith(prefix + simpleName)) {
                return true;
            }
        }
        return false;
    }

    static boolean isServlet(JavaClass type, String simpleName) {
        return isServletName(type.getName(), simpleName)
                || simpleName.equals("HttpServletResponse") && type.getAllRawInterfaces().stream()
                        .anyMatch(i -> isServletName(i.getName(), simpleName));
    }

    /** {@code name} is one of the servlet packages followed by {@code simpleName}, without building the names. */
    private static boolean isServletName(String name, String simpleName) {
        if (!name.endsWith(simpleName)) {
            return false;
        }
        for (String prefix : Names.SERVLET) {
            if (name.length() == prefix.length() + simpleName.length() && name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the class file holds a string: header names are constants in the class file's constant pool, which
     * ArchUnit does not expose, so the bytes are read. A guess by text, and the rules say so.
     */
    private static boolean mentions(JavaClass type, String text) {
        try (InputStream in = type.getSource().map(s -> {
            try {
                return s.getUri().toURL().openStream();
            } catch (IOException e) {
                return null;
            }
        }).orElse(null)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<JavaAnnotation<?>> annotation(Object element, String type) {
        if (element instanceof CanBeAnnotated annotated && annotated.isAnnotatedWith(type)) {
            if (element instanceof JavaClass c) {
                return Optional.of(c.getAnnotationOfType(type));
            }
            if (element instanceof com.tngtech.archunit.core.domain.JavaMember m) {
                return Optional.of(m.getAnnotationOfType(type));
            }
        }
        return Optional.empty();
    }

    /** The {@code @Exempt} annotations on an element, single or repeated. */
    static List<JavaAnnotation<?>> exemptAnnotations(Object element) {
        List<JavaAnnotation<?>> found = new ArrayList<>();
        annotation(element, Names.EXEMPT).ifPresent(found::add);
        annotation(element, Names.EXEMPT_LIST).ifPresent(list -> {
            Object value = list.get("value").orElse(new Object[0]);
            if (value instanceof Object[] array) {
                for (Object item : array) {
                    if (item instanceof JavaAnnotation<?> a) {
                        found.add(a);
                    }
                }
            }
        });
        return found;
    }

    static String string(JavaAnnotation<?> annotation, String property) {
        return annotation.get(property).map(String::valueOf).orElse("");
    }

    static int integer(JavaAnnotation<?> annotation) {
        return annotation.get("value").map(v -> ((Number) v).intValue()).orElse(-1);
    }

    static List<String> strings(JavaAnnotation<?> annotation, String property) {
        Object value = annotation.get(property).orElse(new Object[0]);
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** How the kit names code in messages and exemptions: {@code com.example.Account.email}. */
    public static String name(Object element) {
        if (element instanceof JavaField f) {
            return f.getOwner().getName() + "." + f.getName();
        }
        if (element instanceof JavaCodeUnit c) {
            return c.getOwner().getName() + "." + (c.isConstructor() ? c.getOwner().getSimpleName() : c.getName());
        }
        if (element instanceof JavaClass c) {
            return c.getName();
        }
        return element instanceof HasDescription d ? d.getDescription() : String.valueOf(element);
    }
}
