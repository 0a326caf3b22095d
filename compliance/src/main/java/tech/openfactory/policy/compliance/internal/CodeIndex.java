package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.tree.MethodNode;

/**
 * What the kit knows of a codebase, gathered in one walk over the imported classes: the persisted types and their
 * fields, the declarations production code makes with the policy's annotations, and what the bytecode and the
 * application's configuration say code does (the cookies it sets, the periods its purge jobs use). Immutable once
 * built: every rule reads the same index.
 */
public final class CodeIndex {
    /** A field declared as an element of a category, on the field itself or, for an inherited field, on {@code on}. */
    public record Declared(JavaField field, JavaClass on, String category, String element) {}

    /** A persisted type declared as a whole: each row is one element of a category (an appointment's details). */
    public record DeclaredRecord(JavaClass type, String category, String element) {}

    /** A class-level declaration whose {@code field} names no field of the class or its superclasses. */
    public record DanglingDeclaration(JavaClass on, String field, String category, String element) {}

    /** A job purging a retention rule's data, and the spans of time its code uses. */
    public record Job(HasName.AndFullName where, JavaClass owner, String rule, String keeps, List<Bytecode.TimeSpan> spans) {
        public Job {
            spans = List.copyOf(spans);
        }
    }

    /** Where a cookie comes from. */
    public enum CookieSource {
        SERVLET_COOKIE("constructs a Servlet Cookie"),
        RESPONSE_COOKIE("builds a ResponseCookie"),
        SET_COOKIE_HEADER("writes a Set-Cookie header"),
        SESSION_CONFIGURATION("makes the servlet container set its session cookie"),
        SESSION_COOKIE_CONFIG("names the container's session cookie through SessionCookieConfig"),
        REMEMBER_ME("turns on Spring Security's remember-me"),
        CSRF_COOKIE("stores Spring Security's CSRF token in a cookie");

        private final String words;

        CookieSource(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A cookie the code or its configuration sets. {@code name} is what the code sets, read from it (null when it
     * cannot be read statically); {@code declaredCookie}/{@code declaredName} are what {@code @SetsCookie} says.
     */
    public record CookieSet(Object element, String where, int line, CookieSource source, String name,
            String declaredCookie, String declaredName, boolean consentGated, Set<String> flags, boolean flagsRead) {
        public CookieSet {
            flags = Set.copyOf(flags);
        }

        /** A cookie written with Max-Age 0: the code removes it from the browser rather than setting it. */
        public boolean deletes() {
            return flags.contains("deletes");
        }
    }

    /** A class declared as handler (eraser, exporter, corrector) of some categories. */
    public record Handler(JavaClass type, String annotation, List<String> categories) {
        public Handler {
            categories = List.copyOf(categories);
        }
    }

    /** A declared minimum age, and the constant's value in code when it is a constant. */
    public record Age(HasName.AndFullName where, JavaClass owner, int value, Integer inCode) {}

    /** A {@code @PolicyScope}: parts of the policy this codebase says it does not implement. */
    public record Scope(JavaClass on, Set<String> without, String reason) {
        public Scope {
            without = Set.copyOf(without);
        }
    }

    /** A scheduled or purge-like method that deletes, offered when a retention rule has no job. */
    public record PurgeCandidate(JavaCodeUnit method, String deletes) {
        public boolean scheduled() {
            return method.isAnnotatedWith(Names.SCHEDULED);
        }
    }

    private static final java.util.regex.Pattern PURGE_LIKE = java.util.regex.Pattern.compile("(?i).*(purge|cleanup|clean|expire|prune).*");
    private static final java.util.regex.Pattern DELETES = java.util.regex.Pattern.compile("(?i)(delete|remove|purge).*");
    private static final Set<String> SPRING_SECURITY_LOGIN = Set.of("formLogin", "oauth2Login", "saml2Login");
    static final String HTTP_SECURITY = "org.springframework.security.config.annotation.web.builders.HttpSecurity";

    final List<JavaClass> classes;
    final Inventory inventory;
    final ClasspathResources resources;
    /** Every class's own fields, class by class in {@link #classes} order, each class's in name order. */
    final List<JavaField> allFields = new ArrayList<>();
    final List<Declared> declared = new ArrayList<>();
    final List<DanglingDeclaration> dangling = new ArrayList<>();
    final List<DeclaredRecord> records = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    final List<CookieSet> cookies = new ArrayList<>();
    final List<Handler> handlers = new ArrayList<>();
    final List<Age> ages = new ArrayList<>();
    final List<Scope> scopes = new ArrayList<>();
    final List<PurgeCandidate> purgeCandidates = new ArrayList<>();
    private final Map<JavaClass, Optional<Bytecode>> bytecode = new ConcurrentHashMap<>();
    /** The distinct classes each class depends on directly, computed when a rule first asks. */
    private final Map<JavaClass, List<JavaClass>> dependencyTargets = new ConcurrentHashMap<>();

    private CodeIndex(Collection<JavaClass> imported, List<String> storagePackages) {
        // Sorted, so that messages and the report come out in the same order on every run.
        this.classes = imported.stream().sorted(Comparator.comparing(JavaClass::getName)).toList();
        this.resources = ClasspathResources.of(classes);
        this.inventory = Inventory.of(classes, resources, storagePackages);
        Map<JavaClass, Boolean> responses = new HashMap<>();
        for (JavaClass type : classes) {
            for (JavaField field : fields(type)) {
                allFields.add(field);
                for (JavaAnnotation<?> a : repeated(field, Names.PERSONAL_DATA, Names.PERSONAL_DATA_LIST)) {
                    declared.add(new Declared(field, field.getOwner(), string(a, "category"), string(a, "element")));
                }
                annotation(field, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(field, type, integer(a),
                        bytecode(type).flatMap(b -> b.constant(field.getName())).filter(Number.class::isInstance)
                                .map(n -> ((Number) n).intValue()).orElse(null))));
            }
            for (JavaAnnotation<?> a : repeated(type, Names.PERSONAL_DATA, Names.PERSONAL_DATA_LIST)) {
                String fieldName = string(a, "field");
                Optional<JavaField> field = inheritedField(type, fieldName);
                if (fieldName.isBlank()) {
                    records.add(new DeclaredRecord(type, string(a, "category"), string(a, "element")));
                } else if (field.isPresent()) {
                    declared.add(new Declared(field.get(), type, string(a, "category"), string(a, "element")));
                } else {
                    dangling.add(new DanglingDeclaration(type, fieldName, string(a, "category"), string(a, "element")));
                }
            }
            annotation(type, Names.RETENTION_JOB).ifPresent(a -> jobs.add(new Job(type, type, string(a, "rule"),
                    string(a, "keeps"), spans(type, null))));
            annotation(type, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(type, type, integer(a), null)));
            annotation(type, Names.POLICY_SCOPE).ifPresent(a -> scopes.add(new Scope(type,
                    new LinkedHashSet<>(enumNames(a, "without")), string(a, "reason"))));
            for (String handler : List.of(Names.ERASER, Names.EXPORTER, Names.CORRECTOR)) {
                annotation(type, handler).ifPresent(a -> handlers.add(new Handler(type, handler, strings(a, "value"))));
            }
            for (JavaCodeUnit code : type.getCodeUnits().stream()
                    .sorted(Comparator.comparing(JavaCodeUnit::getFullName)).toList()) {
                annotation(code, Names.RETENTION_JOB).ifPresent(a -> jobs.add(new Job(code, type, string(a, "rule"),
                        string(a, "keeps"), spans(type, code))));
                annotation(code, Names.MINIMUM_AGE).ifPresent(a -> ages.add(new Age(code, type, integer(a), null)));
                boolean job = code.isAnnotatedWith(Names.RETENTION_JOB) || type.isAnnotatedWith(Names.RETENTION_JOB);
                if (!job && (code.isAnnotatedWith(Names.SCHEDULED) || PURGE_LIKE.matcher(code.getName()).matches())) {
                    code.getMethodCallsFromSelf().stream()
                            .filter(c -> DELETES.matcher(c.getName()).matches())
                            .min(Comparator.comparing((JavaMethodCall c) -> c.getLineNumber())
                                    .thenComparing(c -> c.getTarget().getFullName())).ifPresent(c -> purgeCandidates.add(new PurgeCandidate(code,
                                    c.getTargetOwner().getSimpleName() + "." + c.getName())));
                }
            }
            if (setsCookies(type, responses)) {
                bytecode(type).ifPresent(b -> readCookies(type, b));
            }
        }
        configuredCookies();
    }


    // What the rules read ----------------------------------------------------------------------------------

    public List<JavaClass> classes() {
        return java.util.Collections.unmodifiableList(classes);
    }

    public Inventory inventory() {
        return inventory;
    }

    public ClasspathResources resources() {
        return resources;
    }

    public List<JavaField> allFields() {
        return java.util.Collections.unmodifiableList(allFields);
    }

    public List<Declared> declared() {
        return java.util.Collections.unmodifiableList(declared);
    }

    public List<DeclaredRecord> records() {
        return java.util.Collections.unmodifiableList(records);
    }

    public List<DanglingDeclaration> dangling() {
        return java.util.Collections.unmodifiableList(dangling);
    }

    public List<Job> jobs() {
        return java.util.Collections.unmodifiableList(jobs);
    }

    public List<CookieSet> cookies() {
        return java.util.Collections.unmodifiableList(cookies);
    }

    public List<Handler> handlers() {
        return java.util.Collections.unmodifiableList(handlers);
    }

    public List<Age> ages() {
        return java.util.Collections.unmodifiableList(ages);
    }

    public List<Scope> scopes() {
        return java.util.Collections.unmodifiableList(scopes);
    }

    public List<PurgeCandidate> purgeCandidates() {
        return java.util.Collections.unmodifiableList(purgeCandidates);
    }

    /** Walks the classes once; storage packages come from the policy's {@code code.storagePackages}. */
    public static CodeIndex of(Collection<JavaClass> classes, List<String> storagePackages) {
        return new CodeIndex(classes, storagePackages);
    }

    /** A class's own fields in name order, without the compiler's synthetic ones. */
    public static List<JavaField> fields(JavaClass type) {
        return type.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.SYNTHETIC))
                .sorted(Comparator.comparing(JavaField::getName)).toList();
    }

    /** The field of that name in the class or the nearest superclass that has one. */
    public static Optional<JavaField> inheritedField(JavaClass type, String name) {
        for (JavaClass c = type; c != null; c = c.getRawSuperclass().orElse(null)) {
            Optional<JavaField> f = c.tryGetField(name);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    public Optional<Bytecode> bytecode(JavaClass type) {
        return bytecode.computeIfAbsent(type, t -> t.getSource().flatMap(s -> Bytecode.read(s.getUri(),
                key -> resources.property(key).values().stream().findFirst())));
    }

    Optional<MethodNode> methodNode(JavaCodeUnit code) {
        return bytecode(code.getOwner()).flatMap(b -> b.methods(code.getName()).stream()
                .filter(m -> m.desc.equals(code.getDescriptor())).findFirst());
    }

    // Retention ----------------------------------------------------------------------------------------------

    /** The spans of time a job's code uses: every method of a job class, or the job method and its lambdas. */
    private List<Bytecode.TimeSpan> spans(JavaClass type, JavaCodeUnit method) {
        Optional<Bytecode> code = bytecode(type);
        if (code.isEmpty()) {
            return List.of();
        }
        Bytecode b = code.get();
        List<MethodNode> methods = new ArrayList<>();
        if (method == null) {
            methods.addAll(b.methods());
        } else {
            methodNode(method).ifPresent(m -> {
                methods.add(m);
                methods.addAll(b.lambdasOf(m));
            });
        }
        List<Bytecode.TimeSpan> spans = new ArrayList<>();
        for (MethodNode m : methods) {
            spans.addAll(b.timeSpans(m));
            if (method != null) {
                spans.addAll(b.staticTimeSpans(m));
            }
        }
        return spans;
    }

    // Cookies ------------------------------------------------------------------------------------------------

    /** Whether a class constructs or builds a cookie or writes a header: only those are read instruction by instruction. */
    private static boolean setsCookies(JavaClass type, Map<JavaClass, Boolean> responses) {
        for (JavaConstructorCall call : type.getConstructorCallsFromSelf()) {
            if (isServlet(call.getTargetOwner(), "Cookie")) {
                return true;
            }
        }
        for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
            String owner = call.getTargetOwner().getName();
            if (owner.equals(Names.RESPONSE_COOKIE) || owner.endsWith(".SessionCookieConfig") && call.getName().equals("setName")) {
                return true;
            }
            String name = call.getName();
            if ((name.equals("addHeader") || name.equals("setHeader") || name.equals("add") || name.equals("set")
                    || name.equals("header")) && call.getTarget().getRawParameterTypes().size() == 2
                    && call.getTarget().getRawParameterTypes().get(0).getName().equals("java.lang.String")
                    && (owner.startsWith("org.springframework.") || responses.computeIfAbsent(call.getTargetOwner(),
                            t -> isServlet(t, "HttpServletResponse")))) {
                return true;
            }
        }
        return false;
    }

    private void readCookies(JavaClass type, Bytecode b) {
        for (JavaCodeUnit code : type.getCodeUnits().stream().sorted(Comparator.comparing(JavaCodeUnit::getFullName)).toList()) {
            Optional<MethodNode> node = methodNode(code);
            if (node.isEmpty()) {
                continue;
            }
            List<MethodNode> bodies = new ArrayList<>();
            bodies.add(node.get());
            bodies.addAll(b.lambdasOf(node.get()));
            for (MethodNode body : bodies) {
                for (Bytecode.CookieSite site : b.cookies(body)) {
                    CookieSource source = site.how();
                    boolean flagsRead = source != CookieSource.SET_COOKIE_HEADER;
                    if (site.name() instanceof Bytecode.Parameter p) {
                        // A helper such as CookieUtils.add(response, name, value): the callers say which cookie.
                        List<CookieSet> fromCallers = fromCallers(code, p.index(), source, site, flagsRead);
                        if (!fromCallers.isEmpty()) {
                            cookies.addAll(fromCallers);
                            continue;
                        }
                    }
                    String name = site.name() instanceof Bytecode.Constant c && c.value() instanceof String s ? s : null;
                    cookies.add(cookieSet(code, code, site.line(), source, name, site.flags(), flagsRead));
                }
            }
        }
    }

    private List<CookieSet> fromCallers(JavaCodeUnit helper, int parameter, CookieSource source, Bytecode.CookieSite site,
            boolean flagsRead) {
        List<CookieSet> sets = new ArrayList<>();
        for (JavaCall<?> call : helper.getCallsOfSelf().stream()
                .sorted(Comparator.comparing((JavaCall<?> c) -> c.getOrigin().getFullName())
                        .thenComparing(JavaCall::getLineNumber)).toList()) {
            JavaCodeUnit caller = call.getOrigin();
            Optional<MethodNode> node = methodNode(caller);
            Optional<Bytecode> b = bytecode(caller.getOwner());
            if (node.isEmpty() || b.isEmpty()) {
                continue;
            }
            List<MethodNode> bodies = new ArrayList<>(List.of(node.get()));
            bodies.addAll(b.get().lambdasOf(node.get()));
            for (MethodNode body : bodies) {
                for (Bytecode.Value value : b.get().argumentsOf(body, helper.getOwner().getName(), helper.getName(), parameter)) {
                    String name = value instanceof Bytecode.Constant c && c.value() instanceof String s ? s : null;
                    sets.add(cookieSet(caller, caller, call.getLineNumber(), source, name, site.flags(), flagsRead));
                }
            }
        }
        return sets;
    }

    private CookieSet cookieSet(JavaCodeUnit code, Object element, int line, CookieSource source, String name,
            Set<String> flags, boolean flagsRead) {
        Optional<JavaAnnotation<?>> sets = annotation(code, Names.SETS_COOKIE).or(() -> annotation(code.getOwner(), Names.SETS_COOKIE));
        boolean gated = code.isAnnotatedWith(Names.CONSENT_GATED) || code.getOwner().isAnnotatedWith(Names.CONSENT_GATED);
        return new CookieSet(element, name(code), line, source, name, sets.map(a -> string(a, "cookie")).orElse(null),
                sets.map(a -> string(a, "name")).orElse(null), gated, flags, flagsRead);
    }

    /** Cookies set by configuration: the servlet session cookie, Spring Security's remember-me and CSRF cookies. */
    private void configuredCookies() {
        Map<String, String> sessionName = resources.property("server.servlet.session.cookie.name");
        Map<String, String> reactiveName = resources.property("server.reactive.session.cookie.name");
        JavaCodeUnit login = null;
        JavaCodeUnit rememberMe = null;
        JavaCodeUnit csrf = null;
        // The first place in class, method and line order names each framework cookie, the same on every run.
        Comparator<JavaCall<?>> order = Comparator.comparing((JavaCall<?> c) -> c.getOrigin().getFullName())
                .thenComparing(JavaCall::getLineNumber);
        for (JavaClass type : classes) {
            for (JavaMethodCall call : type.getMethodCallsFromSelf().stream().sorted(order).toList()) {
                String owner = call.getTargetOwner().getName();
                if (owner.equals(HTTP_SECURITY) && SPRING_SECURITY_LOGIN.contains(call.getName())
                        || call.getName().equals("getSession") && isServlet(call.getTargetOwner(), "HttpServletRequest")) {
                    login = login == null ? call.getOrigin() : login;
                }
                if (owner.equals(HTTP_SECURITY) && call.getName().equals("rememberMe")
                        || owner.startsWith("org.springframework.security.web.authentication.rememberme.")
                        && call.getName().equals("<init>")) {
                    rememberMe = rememberMe == null ? call.getOrigin() : rememberMe;
                }
                if (owner.equals("org.springframework.security.web.csrf.CookieCsrfTokenRepository")) {
                    csrf = csrf == null ? call.getOrigin() : csrf;
                }
            }
            for (JavaConstructorCall call : type.getConstructorCallsFromSelf().stream().sorted(order).toList()) {
                String owner = call.getTargetOwner().getName();
                if (owner.startsWith("org.springframework.security.web.authentication.rememberme.")) {
                    rememberMe = rememberMe == null ? call.getOrigin() : rememberMe;
                }
                if (owner.equals("org.springframework.security.web.csrf.CookieCsrfTokenRepository")) {
                    csrf = csrf == null ? call.getOrigin() : csrf;
                }
            }
        }
        for (Map.Entry<String, String> e : sessionName.entrySet()) {
            cookies.add(new CookieSet(e.getKey(), e.getKey() + " (server.servlet.session.cookie.name)", 0,
                    CookieSource.SESSION_CONFIGURATION, e.getValue(), null, null, false, Set.of(), false));
        }
        for (Map.Entry<String, String> e : reactiveName.entrySet()) {
            cookies.add(new CookieSet(e.getKey(), e.getKey() + " (server.reactive.session.cookie.name)", 0,
                    CookieSource.SESSION_CONFIGURATION, e.getValue(), null, null, false, Set.of(), false));
        }
        boolean namedInCode = cookies.stream().anyMatch(c -> c.source() == CookieSource.SESSION_COOKIE_CONFIG);
        if (sessionName.isEmpty() && reactiveName.isEmpty() && !namedInCode && login != null) {
            cookies.add(new CookieSet(login, name(login) + " (no server.servlet.session.cookie.name, so the"
                    + " container's default)", 0, CookieSource.SESSION_CONFIGURATION, "JSESSIONID", null, null, false,
                    Set.of(), false));
        }
        if (rememberMe != null) {
            cookies.add(configuredName(rememberMe, CookieSource.REMEMBER_ME, "remember-me",
                    List.of("rememberMeCookieName", "setCookieName")));
        }
        if (csrf != null) {
            cookies.add(configuredName(csrf, CookieSource.CSRF_COOKIE, "XSRF-TOKEN", List.of("setCookieName")));
        }
    }

    /** A framework cookie under its default name, or the constant the class passes to its name setter. */
    private CookieSet configuredName(JavaCodeUnit origin, CookieSource source, String defaultName, List<String> setters) {
        String name = defaultName;
        Optional<Bytecode> b = bytecode(origin.getOwner());
        if (b.isPresent()) {
            for (MethodNode m : b.get().methods()) {
                for (String setter : setters) {
                    for (Bytecode.Value v : b.get().argumentsOf(m, null, setter, 0)) {
                        if (v instanceof Bytecode.Constant c && c.value() instanceof String s) {
                            name = s;
                        }
                    }
                }
            }
        }
        boolean gated = origin.isAnnotatedWith(Names.CONSENT_GATED) || origin.getOwner().isAnnotatedWith(Names.CONSENT_GATED);
        return new CookieSet(origin, name(origin), 0, source, name, null, null, gated, Set.of(), false);
    }

    /**
     * The classes {@code type} depends on directly (the targets of ArchUnit's
     * {@link JavaClass#getDirectDependenciesFromSelf()}), each once, in the order of its first dependency. The rules
     * read only the targets, and many dependencies share one: reading the targets once per class, instead of every
     * dependency once per rule, keeps the rules' cost in proportion to the code.
     */
    public List<JavaClass> dependencyTargets(JavaClass type) {
        return dependencyTargets.computeIfAbsent(type, t -> {
            Set<JavaClass> targets = new LinkedHashSet<>();
            for (Dependency dependency : t.getDirectDependenciesFromSelf()) {
                targets.add(dependency.getTargetClass());
            }
            return List.copyOf(targets);
        });
    }

    public boolean scopeExcludes(String part) {
        return scopes.stream().anyMatch(s -> s.without().contains(part));
    }

    public static boolean isServlet(JavaClass type, String simpleName) {
        return isServletName(type.getName(), simpleName)
                || simpleName.startsWith("HttpServlet") && type.getAllRawInterfaces().stream()
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Optional<JavaAnnotation<?>> annotation(Object element, String type) {
        if (element instanceof CanBeAnnotated annotated && annotated.isAnnotatedWith(type)) {
            if (element instanceof JavaClass c) {
                return Optional.of(c.getAnnotationOfType(type));
            }
            if (element instanceof JavaMember m) {
                return Optional.of(m.getAnnotationOfType(type));
            }
        }
        return Optional.empty();
    }

    /** A repeatable annotation on an element, written once or several times (then javac wraps it in its List). */
    public static List<JavaAnnotation<?>> repeated(Object element, String type, String container) {
        List<JavaAnnotation<?>> found = new ArrayList<>();
        annotation(element, type).ifPresent(found::add);
        annotation(element, container).ifPresent(list -> {
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

    /** The {@code @Exempt} annotations on an element, single or repeated. */
    public static List<JavaAnnotation<?>> exemptAnnotations(Object element) {
        return repeated(element, Names.EXEMPT, Names.EXEMPT_LIST);
    }

    public static String string(JavaAnnotation<?> annotation, String property) {
        return annotation.get(property).map(String::valueOf).orElse("");
    }

    public static int integer(JavaAnnotation<?> annotation) {
        return annotation.get("value").map(v -> ((Number) v).intValue()).orElse(-1);
    }

    public static List<String> strings(JavaAnnotation<?> annotation, String property) {
        Object value = annotation.get(property).orElse(new Object[0]);
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    public static List<String> enumNames(JavaAnnotation<?> annotation, String property) {
        Object value = annotation.get(property).orElse(new Object[0]);
        List<String> names = new ArrayList<>();
        if (value instanceof Object[] array) {
            for (Object item : array) {
                names.add(item instanceof JavaEnumConstant e ? e.name() : String.valueOf(item));
            }
        }
        return names;
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

    /** Exposed for the rules' evidence: how many persisted types each kind of signal found, in the kinds' order. */
    public Map<Inventory.Signal, Integer> signals() {
        Map<Inventory.Signal, Integer> counts = new java.util.EnumMap<>(Inventory.Signal.class);
        inventory.types().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return counts;
    }
}
