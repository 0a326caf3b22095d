package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
    final List<Declared> declared = new ArrayList<>();
    final List<JavaField> persistedFields = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    final List<CookieWrite> cookieWrites = new ArrayList<>();
    final List<Handler> handlers = new ArrayList<>();
    final List<Age> ages = new ArrayList<>();

    private CodeIndex(Collection<JavaClass> classes, List<String> storagePackages) {
        // Sorted, so that messages and the report come out in the same order on every run.
        this.classes = classes.stream().sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
        for (JavaClass type : this.classes) {
            boolean persisted = isPersisted(type, storagePackages);
            for (JavaField field : fields(type)) {
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
            // Reading the class file is the costly part: only for classes that write response headers at all.
            boolean writesHeaders = type.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> isServlet(call.getTargetOwner(), "HttpServletResponse")
                            && (call.getName().equals("addHeader") || call.getName().equals("setHeader")));
            boolean writesSetCookieHeader = writesHeaders && mentions(type, "Set-Cookie");
            for (JavaCodeUnit code : type.getCodeUnits().stream()
                    .sorted(java.util.Comparator.comparing(JavaCodeUnit::getFullName)).toList()) {
                annotation(code, Names.RETENTION_JOB).ifPresent(a -> jobs.add(
                        new Job(code, type, string(a, "rule"), string(a, "keeps"))));
                annotation(code, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(code, type, integer(a))));
                boolean constructsCookie = code.getConstructorCallsFromSelf().stream()
                        .anyMatch(call -> isServlet(call.getTargetOwner(), "Cookie"));
                boolean writesHeader = writesSetCookieHeader && code.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> isServlet(call.getTargetOwner(), "HttpServletResponse")
                                && (call.getName().equals("addHeader") || call.getName().equals("setHeader")));
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

    private static boolean isPersisted(JavaClass type, List<String> storagePackages) {
        if (hasAny(type, "Entity") || hasAny(type, "Embeddable") || hasAny(type, "MappedSuperclass")) {
            return true;
        }
        return !storagePackages.isEmpty() && type.getPackageName() != null
                && com.tngtech.archunit.core.domain.PackageMatchers.of(storagePackages).test(type.getPackageName());
    }

    private static boolean hasAny(CanBeAnnotated element, String simpleName) {
        return Arrays.stream(Names.PERSISTENCE).anyMatch(prefix -> element.isAnnotatedWith(prefix + simpleName));
    }

    static boolean isServlet(JavaClass type, String simpleName) {
        return Arrays.stream(Names.SERVLET).anyMatch(prefix -> type.getName().equals(prefix + simpleName))
                || simpleName.equals("HttpServletResponse") && type.getAllRawInterfaces().stream()
                        .anyMatch(i -> Arrays.stream(Names.SERVLET).anyMatch(p -> i.getName().equals(p + simpleName)));
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
