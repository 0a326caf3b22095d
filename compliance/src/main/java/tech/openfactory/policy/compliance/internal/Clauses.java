package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RetentionRule;
import tech.openfactory.policy.model.Right;
import tech.openfactory.policy.model.Section;

/**
 * The clauses of a policy as checks on code, one per claim, each named after the clause it checks. The texts say
 * what is wrong, where, and what to change: the code, or the policy file with legal's review.
 */
public final class Clauses {
    /** One clause: the id exemptions name, the clause's words, and the check. */
    public record Definition(String rule, String clause, BiConsumer<CodeIndex, ClauseCondition.Sink> check) {}

    /** Rule ids, as exemptions and the report name them. */
    public static final List<String> RULE_IDS = List.of("personal-data-declared", "undeclared-personal-data",
            "stale-element", "retention-job", "recipient-adapter", "recipient-categories", "denied-sdk", "no-training",
            "cookie-declared", "cookie-consent", "cookie-security", "rights-handler", "encryption", "minimum-age",
            "security-data");

    /** Advertising, data-broker and tracking SDKs; a policy extends the list with code.deniedSdkPackages. */
    static final List<String> DENIED_SDKS = List.of("com.google.android.gms.ads..", "com.google.ads..",
            "com.facebook.ads..", "com.facebook.appevents..", "com.segment..", "com.mixpanel..", "com.amplitude..",
            "com.appsflyer..", "com.adjust.sdk..", "io.branch..", "com.criteo..", "com.taboola..", "com.outbrain..",
            "com.liveramp..", "com.acxiom..", "com.doubleclick..");

    /** Model training and fine-tuning APIs; a policy extends the list with code.trainingApis. */
    static final List<String> TRAINING_APIS = List.of("com.openai..finetuning..", "com.openai..fine_tuning..",
            "com.google.cloud.aiplatform..tuning..", "software.amazon.awssdk.services.sagemaker..",
            "com.amazonaws.services.sagemaker..", "ai.djl.training..", "org.deeplearning4j..");

    private static final String REVIEW = "or change content/privacy/policy.yaml and get legal's review";

    private final Policy policy;
    private final CheckContext context;
    private final List<Definition> definitions = new ArrayList<>();

    private Clauses(CheckContext context) {
        this.policy = context.policy;
        this.context = context;
    }

    public static List<Definition> of(CheckContext context) {
        Clauses clauses = new Clauses(context);
        clauses.collection();
        clauses.restrictions();
        clauses.sharing();
        clauses.retention();
        clauses.rights();
        clauses.cookies();
        clauses.children();
        return List.copyOf(clauses.definitions);
    }

    private void add(String rule, Section section, String claim, BiConsumer<CodeIndex, ClauseCondition.Sink> check) {
        definitions.add(new Definition(rule, section.cite(policy) + " — " + claim, check));
    }

    private Optional<DataCategory> category(String id) {
        return policy.collection().categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private String categoryIds() {
        return policy.collection().categories().stream().map(DataCategory::id).collect(Collectors.joining(", "));
    }

    /**
     * A package predicate that remembers its answers: the rules ask about the package of every class every class
     * depends on, and a codebase has far fewer packages than dependencies. The answer for a package never changes.
     */
    private static Predicate<String> memoized(Predicate<String> packages) {
        Map<String, Boolean> answers = new ConcurrentHashMap<>();
        return name -> name == null ? packages.test(null) : answers.computeIfAbsent(name, packages::test);
    }

    private static String simple(JavaClass type) {
        return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    }

    // §1 ------------------------------------------------------------------------------------------------------

    private void collection() {
        add("personal-data-declared", Section.COLLECTION, "declared personal data names a category and element of the policy",
                (index, sink) -> {
                    for (CodeIndex.Declared d : index.declared) {
                        Optional<DataCategory> category = category(d.category());
                        String where = CodeIndex.name(d.field());
                        if (category.isEmpty()) {
                            sink.violation(d.field(), where + " declares category '" + d.category() + "', which the"
                                    + " policy does not have (it has: " + categoryIds() + "); correct the annotation, " + REVIEW);
                        } else if (category.get().element(d.element()).isEmpty()) {
                            sink.violation(d.field(), where + " declares element '" + d.element() + "' of " + d.category()
                                    + ", which the policy does not list (it lists: " + category.get().elements().stream()
                                            .map(DataElement::id).collect(Collectors.joining(", "))
                                    + "); correct the annotation, " + REVIEW);
                        } else {
                            sink.evidence(where + " stores " + d.category() + "/" + d.element());
                        }
                    }
                });

        add("undeclared-personal-data", Section.COLLECTION, "persisted fields that look personal are declared",
                (index, sink) -> {
                    for (JavaField field : index.persistedFields) {
                        if (field.isAnnotatedWith(Names.PERSONAL_DATA) || field.getModifiers().contains(
                                com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                            continue;
                        }
                        context.names.match(field.getName()).ifPresent(word -> sink.violation(field,
                                CodeIndex.name(field) + " is persisted and looks like personal data by its name (it"
                                        + " contains '" + word + "'; this is a guess by name); declare it with"
                                        + " @PersonalData(category = ..., element = ...) using the policy's ids,"
                                        + " or, if it is not personal data, add @Exempt(rule = \"undeclared-personal-data\","
                                        + " reason = ...)"));
                    }
                    for (String storage : policy.code().storagePackages()) {
                        Predicate<String> inStorage = PackageMatchers.of(List.of(storage));
                        if (index.classes.stream().noneMatch(c -> inStorage.test(c.getPackageName()))) {
                            sink.violation("code.storagePackages." + storage, "code.storagePackages names " + storage
                                    + ", but no imported class is in it, so nothing there was checked; correct the"
                                    + " package name in content/privacy/policy.yaml");
                        }
                    }
                    sink.evidence(index.persistedFields.size() + " persisted fields read");
                });

        for (DataCategory category : policy.collection().categories()) {
            add("stale-element", Section.COLLECTION, category.name() + ": every element the policy lists is stored by"
                    + " declared code", (index, sink) -> {
                        for (DataElement element : category.elements()) {
                            List<String> fields = index.declared.stream()
                                    .filter(d -> d.category().equals(category.id()) && d.element().equals(element.id()))
                                    .map(d -> CodeIndex.name(d.field())).toList();
                            if (fields.isEmpty()) {
                                sink.violation(category.id() + "." + element.id(), "the policy says " + category.name()
                                        + " includes '" + element.label() + "' (" + category.id() + "/" + element.id()
                                        + "), but no field declares @PersonalData(category = \"" + category.id()
                                        + "\", element = \"" + element.id() + "\"); declare the field that stores it,"
                                        + " or remove the element from content/privacy/policy.yaml with legal's review");
                            } else {
                                sink.evidence(element.label() + ": " + String.join(", ", fields));
                            }
                        }
                    });
        }

        for (DataCategory category : policy.collection().categories()) {
            for (DataElement element : category.elements()) {
                if (!element.encrypted()) {
                    continue;
                }
                add("encryption", Section.COLLECTION, category.name() + ": " + element.label()
                        + " are stored only encrypted", (index, sink) -> {
                            for (CodeIndex.Declared d : index.declared) {
                                if (!d.category().equals(category.id()) || !d.element().equals(element.id())) {
                                    continue;
                                }
                                JavaField field = d.field();
                                boolean encrypted = field.isAnnotatedWith(Names.ENCRYPTED)
                                        || field.getRawType().isAnnotatedWith(Names.ENCRYPTED)
                                        || field.getOwner().isAnnotatedWith(Names.ENCRYPTED);
                                if (encrypted) {
                                    sink.evidence(CodeIndex.name(field) + " is @Encrypted");
                                } else {
                                    sink.violation(field, CodeIndex.name(field) + " stores " + element.label() + ", which"
                                            + " the policy promises are encrypted, but neither the field, its type nor"
                                            + " its class is @Encrypted; store it encrypted and mark it @Encrypted, "
                                            + REVIEW);
                                }
                            }
                        });
            }
        }

        securityData();
    }

    /** §1 Security data: IP addresses and user agents belong to the category whose elements name them. */
    private void securityData() {
        Optional<DataCategory> security = policy.collection().categories().stream()
                .filter(c -> c.elements().stream().anyMatch(e -> PersonalNames.securityMatch(e.label().replace(" ", "")).isPresent()
                        || PersonalNames.securityMatch(e.id()).isPresent()))
                .findFirst();
        if (security.isEmpty()) {
            return;
        }
        DataCategory category = security.get();
        add("security-data", Section.COLLECTION, category.name() + ": IP addresses and user agents are kept only"
                + " as " + category.name().toLowerCase(java.util.Locale.ROOT), (index, sink) -> {
                    Map<JavaField, String> declared = new java.util.HashMap<>();
                    index.declared.forEach(d -> declared.put(d.field(), d.category()));
                    for (JavaField field : index.allFields) {
                        Optional<String> word = PersonalNames.securityMatch(field.getName());
                        if (word.isEmpty() || field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                            continue;
                        }
                        String in = declared.get(field);
                        if (category.id().equals(in)) {
                            sink.evidence(CodeIndex.name(field) + " is " + category.id() + " data");
                        } else {
                            sink.violation(field, CodeIndex.name(field) + " looks like an IP address or user agent"
                                    + " by its name (it contains '" + word.get() + "'; a guess by name) but is "
                                    + (in == null ? "not declared" : "declared as " + in + " data") + "; keep it"
                                    + " only in " + category.name().toLowerCase(java.util.Locale.ROOT) + " types,"
                                    + " declared @PersonalData(category = \"" + category.id() + "\", element = ...)");
                        }
                    }
                });
    }

    // §3 ------------------------------------------------------------------------------------------------------

    private void restrictions() {
        List<String> denied = new ArrayList<>(DENIED_SDKS);
        denied.addAll(policy.code().deniedSdkPackages());
        Predicate<String> deniedPackage = memoized(PackageMatchers.of(denied));
        add("denied-sdk", Section.RESTRICTIONS, "no advertising, data-broker or tracking SDK is used", (index, sink) -> {
            for (JavaClass type : index.classes) {
                Set<String> used = new TreeSet<>();
                for (JavaClass target : index.dependencyTargets(type)) {
                    if (deniedPackage.test(target.getPackageName())) {
                        used.add(target.getName());
                    }
                }
                if (!used.isEmpty()) {
                    sink.violation(type, type.getName() + " uses " + String.join(", ", used) + ", an advertising,"
                            + " data-broker or tracking SDK the policy rules out; remove it, " + REVIEW);
                }
            }
            sink.evidence(denied.size() + " SDK packages denied; none used");
        });

        List<String> training = new ArrayList<>(TRAINING_APIS);
        training.addAll(policy.code().trainingApis());
        Predicate<String> trainingPackage = memoized(PackageMatchers.of(training));
        add("no-training", Section.RESTRICTIONS, "user data never reaches a model training or fine-tuning API",
                (index, sink) -> {
                    Set<JavaClass> userData = new LinkedHashSet<>();
                    index.declared.forEach(d -> userData.add(d.field().getOwner()));
                    for (JavaClass type : index.classes) {
                        List<JavaClass> targets = index.dependencyTargets(type);
                        boolean handlesUserData = userData.contains(type) || targets.stream().anyMatch(userData::contains);
                        if (!handlesUserData) {
                            continue;
                        }
                        Set<String> apis = targets.stream()
                                .filter(t -> trainingPackage.test(t.getPackageName()))
                                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
                        if (!apis.isEmpty()) {
                            sink.violation(type, type.getName() + " handles declared personal data and uses "
                                    + String.join(", ", apis) + ", a training or fine-tuning API; keep user data away"
                                    + " from training, " + REVIEW);
                        }
                    }
                    sink.evidence(userData.size() + " types hold declared personal data; none uses a training API");
                });
    }

    // §4 ------------------------------------------------------------------------------------------------------

    private void sharing() {
        for (Recipient recipient : policy.sharing().recipients()) {
            if (recipient.sdkPackages().isEmpty()) {
                continue;
            }
            Predicate<String> sdk = memoized(PackageMatchers.of(recipient.sdkPackages()));
            add("recipient-adapter", Section.SHARING, recipient.name() + ": only its declared adapters use "
                    + String.join(", ", recipient.sdkPackages()), (index, sink) -> {
                        boolean seen = false;
                        for (JavaClass type : index.classes) {
                            if (recipient.id().equals(CodeIndex.annotation(type, Names.RECIPIENT_ADAPTER)
                                    .map(a -> CodeIndex.string(a, "value")).orElse(null))) {
                                seen = true;
                            }
                            if (sdk.test(type.getPackageName())) {
                                continue; // the SDK itself, when it is imported too
                            }
                            Set<String> used = index.dependencyTargets(type).stream()
                                    .filter(t -> sdk.test(t.getPackageName()))
                                    .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
                            if (used.isEmpty()) {
                                continue;
                            }
                            seen = true;
                            String adapterOf = CodeIndex.annotation(type, Names.RECIPIENT_ADAPTER)
                                    .map(a -> CodeIndex.string(a, "value")).orElse(null);
                            if (recipient.id().equals(adapterOf)) {
                                sink.evidence(type.getName() + " is the adapter of " + recipient.id());
                            } else {
                                sink.violation(type, type.getName() + " uses " + String.join(", ", used) + " of "
                                        + recipient.name() + " but is not its adapter; move the call into a class"
                                        + " annotated @RecipientAdapter(\"" + recipient.id() + "\")");
                            }
                        }
                        if (!seen) {
                            // A rule that finds nothing to check must not pass as if the code agreed.
                            sink.violation("sharing." + recipient.id(), "the policy names "
                                    + String.join(", ", recipient.sdkPackages()) + " as the client libraries of "
                                    + recipient.name() + ", but no imported class uses them and none is its"
                                    + " @RecipientAdapter; check the package names in content/privacy/policy.yaml, or"
                                    + " import the code that calls the recipient");
                        }
                    });
        }
        add("recipient-categories", Section.SHARING, "adapters handle only the data categories the policy lets their"
                + " recipient receive", (index, sink) -> {
                    Map<String, Recipient> recipients = policy.sharing().recipients().stream()
                            .collect(Collectors.toMap(Recipient::id, r -> r));
                    Map<JavaClass, Set<String>> categoriesOf = new java.util.HashMap<>();
                    index.declared.forEach(d -> categoriesOf.computeIfAbsent(d.field().getOwner(), k -> new TreeSet<>())
                            .add(d.category()));
                    for (JavaClass type : index.classes) {
                        Optional<String> adapterOf = CodeIndex.annotation(type, Names.RECIPIENT_ADAPTER)
                                .map(a -> CodeIndex.string(a, "value"));
                        if (adapterOf.isEmpty()) {
                            continue;
                        }
                        Recipient recipient = recipients.get(adapterOf.get());
                        if (recipient == null) {
                            sink.violation(type, type.getName() + " is declared the adapter of '" + adapterOf.get()
                                    + "', a recipient the policy does not have (it has: " + String.join(", ",
                                            recipients.keySet().stream().sorted().toList()) + "); correct the annotation, " + REVIEW);
                            continue;
                        }
                        Set<String> handled = new TreeSet<>(categoriesOf.getOrDefault(type, Set.of()));
                        index.dependencyTargets(type).forEach(t -> handled.addAll(categoriesOf.getOrDefault(t, Set.of())));
                        Set<String> refused = new TreeSet<>(handled);
                        refused.removeAll(recipient.categories());
                        if (refused.isEmpty()) {
                            sink.evidence(type.getName() + " sends " + (handled.isEmpty() ? "no declared data" : handled)
                                    + " to " + recipient.id());
                        } else {
                            sink.violation(type, type.getName() + " sends " + String.join(", ", refused) + " data to "
                                    + recipient.name() + ", which the policy lets receive only "
                                    + (recipient.categories().isEmpty() ? "no category" : String.join(", ", recipient.categories()))
                                    + "; stop passing that data, or add the category to the recipient in"
                                    + " content/privacy/policy.yaml with legal's review");
                        }
                    }
                });
    }

    // §5 ------------------------------------------------------------------------------------------------------

    private void retention() {
        for (RetentionRule rule : policy.retention().rules()) {
            if (!(rule.afterDeletion() instanceof AfterDeletion.PurgedAutomatically)) {
                continue;
            }
            Period period = period(rule.keptFor());
            if (period == null) {
                continue;
            }
            String after = rule.keptFor() instanceof KeptFor.UpTo up && up.after() != null ? " of the " + up.after() : "";
            add("retention-job", Section.RETENTION, rule.label() + ": purged within " + period + after, (index, sink) -> {
                List<CodeIndex.Job> jobs = index.jobs.stream().filter(j -> j.rule().equals(rule.id())).toList();
                if (jobs.isEmpty()) {
                    sink.violation("retention." + rule.id(), "the policy says " + rule.label() + " are purged"
                            + " automatically after " + period + ", but no job declares @RetentionJob(rule = \""
                            + rule.id() + "\", keeps = \"" + period + "\"); write the purge job, " + REVIEW);
                }
                for (CodeIndex.Job job : jobs) {
                    Period keeps;
                    try {
                        keeps = Period.parse(job.keeps());
                    } catch (IllegalArgumentException e) {
                        sink.violation(job.where(), CodeIndex.name(job.where()) + " declares keeps = \"" + job.keeps()
                                + "\": " + e.getMessage());
                        continue;
                    }
                    if (keeps.approximateDays() == period.approximateDays()) {
                        sink.evidence(CodeIndex.name(job.where()) + " purges after " + keeps);
                    } else {
                        sink.violation(job.where(), CodeIndex.name(job.where()) + " keeps " + rule.label() + " for "
                                + keeps + ", but the policy says " + period + "; make the job keep " + period + ", "
                                + REVIEW);
                    }
                }
            });
        }
    }

    private static Period period(KeptFor keptFor) {
        if (keptFor instanceof KeptFor.UpTo up) {
            return up.period();
        }
        return keptFor instanceof KeptFor.Typically t ? t.period() : null;
    }

    // §6 ------------------------------------------------------------------------------------------------------

    private void rights() {
        for (Right right : policy.rights().rights()) {
            if (right.enforcedBy() == null) {
                continue;
            }
            String annotation = switch (right.enforcedBy()) {
                case ERASER -> Names.ERASER;
                case EXPORTER -> Names.EXPORTER;
                case CORRECTOR -> Names.CORRECTOR;
            };
            String simpleAnnotation = annotation.substring(annotation.lastIndexOf('.') + 1);
            List<DataCategory> covered = right.categories().isEmpty() ? policy.collection().categories()
                    : right.categories().stream().map(this::category).flatMap(Optional::stream).toList();
            String which = right.categories().isEmpty() ? "every category"
                    : covered.stream().map(DataCategory::name).collect(Collectors.joining(", "));
            String article = right.enforcedBy() == Right.Handler.CORRECTOR ? " has a " : " has an ";
            add("rights-handler", Section.RIGHTS, right.name() + ": " + which + article + right.enforcedBy().id(),
                    (index, sink) -> {
                        for (DataCategory category : covered) {
                            List<String> handlers = index.handlers.stream()
                                    .filter(h -> h.annotation().equals(annotation) && h.categories().contains(category.id()))
                                    .map(h -> h.type().getName()).toList();
                            if (handlers.isEmpty()) {
                                sink.violation("rights." + right.id() + "." + category.id(), "the policy grants "
                                        + right.name().toLowerCase(java.util.Locale.ROOT) + " for " + category.name()
                                        + ", but no class is annotated @" + simpleAnnotation + " with \"" + category.id()
                                        + "\"; write the " + right.enforcedBy().id() + " for it, " + REVIEW);
                            } else {
                                sink.evidence(category.name() + ": " + String.join(", ", handlers));
                            }
                        }
                    });
        }
    }

    // §8 ------------------------------------------------------------------------------------------------------

    private void cookies() {
        Map<String, Cookie> byId = policy.cookies().cookies().stream().collect(Collectors.toMap(Cookie::id, c -> c));
        add("cookie-declared", Section.COOKIES, "every cookie the code sets is one the policy declares", (index, sink) -> {
            for (CodeIndex.CookieWrite write : index.cookieWrites) {
                String where = CodeIndex.name(write.code());
                String how = write.header() ? "writes a Set-Cookie header (found by the header's name in the class)"
                        : "constructs a Cookie";
                Cookie cookie = write.cookie() == null ? null : byId.get(write.cookie());
                if (write.cookie() == null) {
                    sink.violation(write.code(), where + " " + how + " without saying which; annotate it"
                            + " @SetsCookie(cookie = ..., name = ...) with one of the policy's cookies ("
                            + String.join(", ", byId.keySet().stream().sorted().toList()) + "), " + REVIEW);
                } else if (cookie == null) {
                    sink.violation(write.code(), where + " sets cookie '" + write.cookie() + "', which the policy does"
                            + " not declare (it declares: " + String.join(", ", byId.keySet().stream().sorted().toList())
                            + "); set a declared cookie, " + REVIEW);
                } else if (!cookie.names().contains(write.name())) {
                    sink.violation(write.code(), where + " sets " + cookie.name() + " under the name '" + write.name()
                            + "', but the policy lists " + (cookie.names().isEmpty() ? "no name" : String.join(", ", cookie.names()))
                            + " for it; use a listed name, " + REVIEW);
                } else {
                    sink.evidence(where + " sets " + cookie.id() + " as " + write.name());
                }
            }
        });
        for (Cookie cookie : policy.cookies().cookies()) {
            if (!cookie.required()) {
                add("cookie-consent", Section.COOKIES, cookie.name() + ": set only with consent (not required)",
                        (index, sink) -> {
                            for (CodeIndex.CookieWrite write : writesOf(index, cookie)) {
                                if (write.consentGated()) {
                                    sink.evidence(CodeIndex.name(write.code()) + " is @ConsentGated");
                                } else {
                                    sink.violation(write.code(), CodeIndex.name(write.code()) + " sets " + cookie.name()
                                            + ", which the policy marks not required, without consent; run it only after"
                                            + " consent and mark it @ConsentGated, " + REVIEW);
                                }
                            }
                        });
            } else {
                add("cookie-security", Section.COOKIES, cookie.name() + ": Secure and HttpOnly (required)",
                        (index, sink) -> {
                            for (CodeIndex.CookieWrite write : writesOf(index, cookie)) {
                                if (write.header()) {
                                    sink.evidence(CodeIndex.name(write.code()) + " writes the header itself; its flags are not read");
                                    continue;
                                }
                                Set<String> calls = write.code().getMethodCallsFromSelf().stream()
                                        .filter(c -> CodeIndex.isServlet(c.getTargetOwner(), "Cookie"))
                                        .map(c -> c.getName()).collect(Collectors.toSet());
                                List<String> missing = new ArrayList<>();
                                if (!calls.contains("setSecure")) {
                                    missing.add("setSecure(true)");
                                }
                                if (!calls.contains("setHttpOnly")) {
                                    missing.add("setHttpOnly(true)");
                                }
                                if (missing.isEmpty()) {
                                    sink.evidence(CodeIndex.name(write.code()) + " calls setSecure and setHttpOnly");
                                } else {
                                    sink.violation(write.code(), CodeIndex.name(write.code()) + " sets " + cookie.name()
                                            + " without calling " + String.join(" and ", missing) + " (the check sees the"
                                            + " calls, not their arguments); a required cookie is Secure and HttpOnly");
                                }
                            }
                        });
            }
        }
    }

    private static List<CodeIndex.CookieWrite> writesOf(CodeIndex index, Cookie cookie) {
        return index.cookieWrites.stream().filter(w -> cookie.id().equals(w.cookie())).toList();
    }

    // §9 ------------------------------------------------------------------------------------------------------

    private void children() {
        int age = policy.childrenAndChanges().children().minimumAge();
        add("minimum-age", Section.CHILDREN_AND_CHANGES, policy.childrenAndChanges().children().title()
                + ": sign-up requires an age of at least " + age, (index, sink) -> {
                    if (index.ages.isEmpty()) {
                        sink.violation("children.minimumAge", "the policy says the service is not for children under "
                                + age + ", but no code declares @MinimumAge; annotate the constant or check that"
                                + " enforces it at sign-up with @MinimumAge(" + age + ")");
                    }
                    for (CodeIndex.Age declared : index.ages) {
                        if (declared.value() == age) {
                            sink.evidence(CodeIndex.name(declared.where()) + " enforces " + age);
                        } else {
                            sink.violation(declared.where(), CodeIndex.name(declared.where()) + " enforces a minimum"
                                    + " age of " + declared.value() + ", but the policy says " + age + "; make sign-up"
                                    + " require " + age + ", " + REVIEW);
                        }
                    }
                });
    }
}
