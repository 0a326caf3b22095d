package tech.openfactory.policy.model.internal;

import static tech.openfactory.policy.model.internal.Shapes.*;

import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Commitment;
import tech.openfactory.policy.model.CodeRules;
import tech.openfactory.policy.model.Cookie;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Prose;
import tech.openfactory.policy.model.Purpose;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RetentionRule;
import tech.openfactory.policy.model.Right;

/**
 * Maps the composed YAML node tree to the policy records by hand, key by key: no reflection, no type taken from
 * the file. Values that are wrong come back null with a problem recorded; the caller discards the result when
 * any problem was found, so a half-read policy never escapes.
 */
public final class PolicyMapper {
    private static final String CATEGORY_SCOPE = "category";

    private final Reading reading;
    private final java.util.Map<String, String> categoryNames = new java.util.HashMap<>();

    PolicyMapper(Reading reading) {
        this.reading = reading;
    }

    Policy policy(Node root) {
        Fields f = Fields.open(reading, root, "", POLICY);
        if (f == null) {
            return null;
        }
        // Categories are read before anything refers to them; references are checked at the very end anyway.
        Policy.Collection collection = section(f, "collection", COLLECTION, c -> new Policy.Collection(
                c.text("title"), c.has("intro") ? c.prose("intro") : null, c.list("categories", this::category)));
        Policy policy = new Policy(
                f.text("title"),
                f.text("controller"),
                f.date("effective"),
                f.date("lastUpdated"),
                section(f, "summary", SUMMARY, s -> new Policy.Summary(s.text("title"), s.prose("text"))),
                f.prose("intro"),
                collection,
                section(f, "use", USE, u -> new Policy.Use(u.text("title"), u.list("purposes", this::purpose))),
                section(f, "restrictions", RESTRICTIONS, r -> new Policy.Restrictions(r.text("title"),
                        r.list("commitments", (n, p) -> commitment(n, p, "restriction")))),
                section(f, "sharing", SHARING, s -> new Policy.Sharing(s.text("title"), optionalProse(s, "intro"),
                        s.list("recipients", this::recipient))),
                section(f, "retention", RETENTION, r -> new Policy.Retention(r.text("title"),
                        optionalProse(r, "intro"), r.list("rules", this::retentionRule), optionalProse(r, "note"))),
                section(f, "rights", RIGHTS, r -> new Policy.Rights(r.text("title"), r.list("rights", this::right),
                        r.period("responseTime"), r.prose("requests"))),
                section(f, "security", SECURITY, s -> new Policy.Security(s.text("title"),
                        s.list("commitments", (n, p) -> commitment(n, p, "security commitment")))),
                section(f, "cookies", COOKIES, c -> new Policy.Cookies(c.text("title"), optionalProse(c, "intro"),
                        c.list("cookies", this::cookie), optionalProse(c, "note"))),
                section(f, "childrenAndChanges", CHILDREN_AND_CHANGES, c -> new Policy.ChildrenAndChanges(
                        c.text("title"),
                        section(c, "children", CHILDREN, this::children),
                        section(c, "changes", CHANGE_NOTICE, k -> new Policy.ChangeNotice(k.text("title"),
                                k.prose("text"), k.has("noticePeriod") ? k.period("noticePeriod") : null)))),
                section(f, "contact", CONTACT, c -> new Policy.Contact(c.text("title"), c.prose("intro"),
                        email(c, "email"), c.text("website"), optionalProse(c, "note"))),
                f.has("code") ? section(f, "code", CODE, this::code) : CodeRules.NONE);
        reading.checkReferences();
        return policy;
    }

    private interface SectionReader<T> {
        T read(Fields fields);
    }

    private <T> T section(Fields parent, String key, Shape shape, SectionReader<T> reader) {
        Node node = parent.node(key);
        if (node == null) {
            return null;
        }
        Fields fields = Fields.open(reading, node, parent.path(key), shape);
        return fields == null ? null : reader.read(fields);
    }

    /** Optional list of category ids, each checked against collection.categories. */
    private List<String> categoryRefs(Fields f, String key) {
        if (!f.has(key)) {
            return List.of();
        }
        List<String> ids = nonNull(f.words(key));
        Node list = f.node(key);
        if (list instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size() && i < ids.size(); i++) {
                reading.refer(CATEGORY_SCOPE, ids.get(i), seq.getValue().get(i), f.path(key) + "[" + i + "]",
                        "collection.categories");
            }
        }
        return ids;
    }

    /** Java packages in ArchUnit's syntax: com.openai.. or com.example.sdk. */
    private List<String> packages(Fields f, String key) {
        if (!f.has(key)) {
            return List.of();
        }
        List<String> packages = nonNull(f.words(key));
        Node list = f.node(key);
        for (int i = 0; i < packages.size(); i++) {
            if (!packages.get(i).matches("(\\.\\.)?[a-zA-Z_][\\w]*((\\.|\\.\\.)[a-zA-Z_][\\w]*)*(\\.\\.)?")) {
                Node item = list instanceof org.yaml.snakeyaml.nodes.SequenceNode seq ? seq.getValue().get(i) : list;
                reading.problem(item, f.path(key) + "[" + i + "]", "'" + packages.get(i) + "' is not a Java package;"
                        + " write one such as com.openai.. (the trailing .. includes its subpackages)");
            }
        }
        return packages;
    }

    private static List<String> nonNull(List<String> words) {
        return words == null ? List.of() : words.stream().filter(java.util.Objects::nonNull).toList();
    }

    private CodeRules code(Fields f) {
        List<CodeRules.Exemption> exemptions = f.has("exemptions") ? f.listOrEmpty("exemptions", (n, p) -> {
            Fields e = Fields.open(reading, n, p, EXEMPTION);
            return e == null ? null : new CodeRules.Exemption(e.text("rule"), e.text("target"), e.text("reason"));
        }) : List.of();
        return new CodeRules(packages(f, "storagePackages"), f.has("personalDataNames") ? nonNull(f.words("personalDataNames")) : List.of(),
                packages(f, "deniedSdkPackages"), packages(f, "trainingApis"),
                exemptions == null ? List.of() : exemptions.stream().filter(java.util.Objects::nonNull).toList());
    }

    private Policy.Children children(Fields f) {
        String title = f.text("title");
        Integer minimumAge = f.wholeNumber("minimumAge");
        Prose text = f.prose("text");
        return minimumAge == null ? null : new Policy.Children(title, minimumAge, text);
    }

    private static Prose optionalProse(Fields f, String key) {
        return f.has(key) ? f.prose(key) : null;
    }

    private String email(Fields f, String key) {
        String email = f.text(key);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            reading.problem(f.node(key), f.path(key), "'" + email
                    + "' is not an e-mail address; write one such as privacy@example.com");
            return null;
        }
        return email;
    }

    private DataCategory category(Node node, String path) {
        Fields f = Fields.open(reading, node, path, CATEGORY);
        if (f == null) {
            return null;
        }
        String id = f.id("id", CATEGORY_SCOPE, "category");
        Prose description = f.prose("description");
        String described = description == null ? null : description.markdown().toLowerCase(Locale.ROOT);
        List<DataElement> elements = f.list("elements", (n, p) -> element(n, p, id, described));
        String name = f.text("name");
        if (id != null && name != null) {
            categoryNames.putIfAbsent(id, name);
        }
        return new DataCategory(id, name, description, elements);
    }

    private DataElement element(Node node, String path, String categoryId, String described) {
        Fields f = Fields.open(reading, node, path, ELEMENT);
        if (f == null) {
            return null;
        }
        // Element ids are unique within their category.
        String id = f.id("id", "element of " + categoryId, "element of this category");
        String label = f.text("label");
        // The description is what readers see; an element it never mentions is a fact nobody was told.
        if (label != null && described != null && !described.contains(label.toLowerCase(Locale.ROOT))) {
            reading.problem(f.node("label"), f.path("label"), "'" + label + "' does not appear in the category's"
                    + " description; mention it there, or write the label as the description words it");
        }
        Boolean encrypted = f.flag("encrypted", false);
        Boolean hashed = f.flag("hashed", false);
        if (encrypted != null && encrypted && hashed != null && hashed) {
            // A hash cannot be decrypted and an encrypted value is not a hash: the promise is one or the other.
            reading.problem(f.node("hashed"), f.path("hashed"), "an element is stored either encrypted or hashed,"
                    + " not both; keep 'hashed: true' for a one-way hash such as a password, 'encrypted: true' for data"
                    + " that is decrypted again");
        }
        return new DataElement(id, label, encrypted != null && encrypted, hashed != null && hashed);
    }

    private Purpose purpose(Node node, String path) {
        Fields f = Fields.open(reading, node, path, PURPOSE);
        return f == null ? null
                : new Purpose(f.id("id", "purpose", "purpose"), f.text("name"), f.prose("description"));
    }

    private Commitment commitment(Node node, String path, String what) {
        Fields f = Fields.open(reading, node, path, COMMITMENT);
        return f == null ? null : new Commitment(f.id("id", what, what), f.prose("text"));
    }

    private Recipient recipient(Node node, String path) {
        Fields f = Fields.open(reading, node, path, RECIPIENT);
        if (f == null) {
            return null;
        }
        return new Recipient(f.id("id", "recipient", "recipient"), f.text("name"), f.prose("description"),
                categoryRefs(f, "categories"), packages(f, "sdkPackages"));
    }

    private Right right(Node node, String path) {
        Fields f = Fields.open(reading, node, path, RIGHT);
        if (f == null) {
            return null;
        }
        Right.Handler handler = null;
        if (f.has("enforcedBy")) {
            String word = f.text("enforcedBy");
            for (Right.Handler h : Right.Handler.values()) {
                if (h.id().equals(word)) {
                    handler = h;
                }
            }
            if (word != null && handler == null) {
                reading.problem(f.node("enforcedBy"), f.path("enforcedBy"), "unknown handler '" + word
                        + "'; write eraser, exporter or corrector");
            }
        }
        return new Right(f.id("id", "right", "right"), f.text("name"), f.prose("description"), handler,
                categoryRefs(f, "categories"));
    }

    private Cookie cookie(Node node, String path) {
        Fields f = Fields.open(reading, node, path, COOKIE);
        if (f == null) {
            return null;
        }
        Boolean required = f.flag("required", null);
        return new Cookie(f.id("id", "cookie", "cookie"), f.text("name"), f.prose("purpose"),
                required != null && required, f.has("names") ? nonNull(f.words("names")) : List.of(),
                Boolean.TRUE.equals(f.flag("scriptReadable", false)));
    }

    private RetentionRule retentionRule(Node node, String path) {
        Fields f = Fields.open(reading, node, path, RETENTION_RULE);
        if (f == null) {
            return null;
        }
        String id = f.id("id", "retention rule", "retention rule");
        String category = f.reference("category", CATEGORY_SCOPE, "collection.categories");
        // Collection is read before retention, so the category's name is known here when the id is right.
        String label = f.has("label") ? f.text("label") : categoryNames.get(category);
        KeptFor keptFor = section(f, "keptFor", KEPT_FOR, this::keptFor);
        AfterDeletion afterDeletion = section(f, "afterDeletion", AFTER_DELETION, this::afterDeletion);
        return new RetentionRule(id, category, label, keptFor, afterDeletion);
    }

    private KeptFor keptFor(Fields f) {
        String form = exactlyOne(f, "while", "upTo", "typically");
        if (form == null) {
            return null;
        }
        if (!form.equals("upTo")) {
            for (String qualifier : List.of("after", "when")) {
                if (f.has(qualifier)) {
                    reading.problem(f.keyNode(qualifier), f.path(qualifier), qualifier + " only goes with upTo; remove it,"
                            + " or write upTo: instead of " + form + ":");
                }
            }
        }
        return switch (form) {
            case "while" -> {
                String condition = f.text("while");
                if (condition == null) {
                    yield null;
                }
                for (KeptFor.Condition c : KeptFor.Condition.values()) {
                    if (c.id().equals(condition)) {
                        yield new KeptFor.While(c);
                    }
                }
                reading.problem(f.node("while"), f.path("while"), "unknown condition '" + condition
                        + "'; write while: account-exists, or upTo: with a period");
                yield null;
            }
            case "upTo" -> {
                Period period = f.period("upTo");
                String after = f.has("after") ? f.text("after") : null;
                String when = f.has("when") ? f.text("when") : null;
                yield period == null ? null : new KeptFor.UpTo(period, after, when);
            }
            default -> {
                Period period = f.period("typically");
                yield period == null ? null : new KeptFor.Typically(period);
            }
        };
    }

    private AfterDeletion afterDeletion(Fields f) {
        String form = exactlyOne(f, "removedWithin", "purged", "retainedAsRequiredBy");
        if (form == null) {
            return null;
        }
        return switch (form) {
            case "removedWithin" -> {
                Period period = f.period("removedWithin");
                yield period == null ? null : new AfterDeletion.RemovedWithin(period);
            }
            case "purged" -> {
                String how = f.text("purged");
                if (how != null && !how.equals("automatically")) {
                    reading.problem(f.node("purged"), f.path("purged"), "unknown value '" + how
                            + "'; write purged: automatically, or removedWithin: with a period");
                    yield null;
                }
                yield how == null ? null : new AfterDeletion.PurgedAutomatically();
            }
            default -> {
                List<String> obligations = f.someWords("retainedAsRequiredBy");
                yield obligations == null || obligations.contains(null) ? null
                        : new AfterDeletion.RetainedAsRequiredBy(List.copyOf(obligations));
            }
        };
    }

    /** The one key of {@code forms} the mapping uses; none or several is a problem. */
    private String exactlyOne(Fields f, String... forms) {
        // In the order written, so that the second one is the one reported.
        List<String> present = java.util.Arrays.stream(forms).filter(f::has)
                .sorted(java.util.Comparator.comparingInt((String k) -> f.keyNode(k).getStartMark().getIndex()))
                .toList();
        if (present.size() == 1) {
            return present.get(0);
        }
        String choices = String.join(", ", forms);
        if (present.isEmpty()) {
            reading.problem(f.mapping(), f.path(), "needs exactly one of: " + choices + "; add one of them");
        } else {
            reading.problem(f.keyNode(present.get(1)), f.path(present.get(1)), "cannot be combined with "
                    + present.get(0) + "; write exactly one of: " + choices);
        }
        return null;
    }
}
