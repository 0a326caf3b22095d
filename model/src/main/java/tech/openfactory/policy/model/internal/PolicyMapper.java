package tech.openfactory.policy.model.internal;

import static tech.openfactory.policy.model.internal.Shapes.*;

import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tech.openfactory.policy.model.AcceptedGap;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Appointment;
import tech.openfactory.policy.model.AutomatedDecision;
import tech.openfactory.policy.model.CcpaCategory;
import tech.openfactory.policy.model.LegalBasis;
import tech.openfactory.policy.model.Provision;
import tech.openfactory.policy.model.RequestMethod;
import tech.openfactory.policy.model.Source;
import tech.openfactory.policy.model.SupervisoryAuthority;
import tech.openfactory.policy.model.Transfer;
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
    private static final String SOURCE_SCOPE = "source";
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    // The ranges of the facts. A value outside them is not a promise anyone can mean but a slip of the keyboard
    // (30 years for 30 days, 400 for 40), and the page would show it as one.

    /**
     * The youngest minimum age: below 13 a service collects from young children, which needs verifiable parental
     * consent (COPPA) and falls below every GDPR Art. 8 age of consent; the policy has no facts for that.
     */
    static final int YOUNGEST_MINIMUM_AGE = 13;
    /** The oldest minimum age: 21, the highest age a law sets for a service (alcohol, gambling in the US). */
    static final int OLDEST_MINIMUM_AGE = 21;

    /** How long a period may be, what it is and what to write instead; for the message of {@link Fields#period}. */
    private record Longest(Period period, String what, String write) {}

    /**
     * A retention period or removal delay: a century covers the longest records a law asks to keep (medical and
     * pension records); longer outlives everyone the data is about, and keeps date arithmetic far from overflow.
     */
    private static final Longest RETENTION_PERIOD = new Longest(new Period(100, Period.Unit.YEARS), "data can be kept",
            "write how long it is really kept, e.g. 7 years");
    /**
     * The time to answer a request: the laws allow one month (GDPR Art. 12(3)) or 45 days (CCPA), three months
     * at most with an extension; a year leaves room for other laws, and the lint, not the loader, judges the law.
     */
    private static final Longest RESPONSE_TIME = new Longest(new Period(1, Period.Unit.YEARS), "an answer to a request can take",
            "write the time you answer within, e.g. 30 days (the GDPR allows one month, the CCPA 45 days)");
    /** How long before a material change takes effect it is announced: 30 days is usual; over a year is a slip. */
    private static final Longest NOTICE_PERIOD = new Longest(new Period(1, Period.Unit.YEARS), "a change can be announced ahead",
            "write how long before a material change takes effect it is announced, e.g. 30 days");

    private final Reading reading;
    private final java.util.Map<String, String> categoryNames = new java.util.HashMap<>();
    /** Whether collection.sources is written; when it is not, categories' sources refer to nothing. */
    private boolean sourcesListed;
    /** Whether it is a list with items, so that references to it can be checked; otherwise its own problem says why. */
    private boolean sourcesUsable;
    private final java.util.Set<String> unlistedSources = new java.util.LinkedHashSet<>();
    private String firstSourceReference;

    PolicyMapper(Reading reading) {
        this.reading = reading;
    }

    Policy policy(Node root) {
        Fields f = Fields.open(reading, root, "", POLICY);
        if (f == null) {
            return null;
        }
        // Categories are read before anything refers to them; references are checked at the very end anyway.
        Policy.Collection collection = section(f, "collection", COLLECTION, c -> {
            sourcesListed = c.has("sources");
            sourcesUsable = c.node("sources") instanceof SequenceNode seq && !seq.getValue().isEmpty();
            Policy.Collection read = new Policy.Collection(c.text("title"), c.has("intro") ? c.prose("intro") : null,
                    clean(c.list("categories", this::category)),
                    sourcesListed ? clean(c.list("sources", this::source)) : null);
            if (!sourcesListed && !unlistedSources.isEmpty()) {
                // One problem where the fix goes, not one "unknown source" per reference to a list that is not there.
                reading.problem(c.mapping(), c.path(), "missing key 'sources', which " + firstSourceReference
                        + " refers to; add sources: with an id:, name: and kind: for each of: "
                        + String.join(", ", unlistedSources));
            }
            return read;
        });
        Policy policy = new Policy(
                f.text("title"),
                f.text("controller"),
                f.date("effective"),
                f.date("lastUpdated"),
                section(f, "summary", SUMMARY, s -> new Policy.Summary(s.text("title"), s.prose("text"))),
                f.prose("intro"),
                collection,
                section(f, "use", USE, u -> new Policy.Use(u.text("title"), clean(u.list("purposes", this::purpose)),
                        noneOrList(u, "automatedDecisions", this::automatedDecision))),
                section(f, "restrictions", RESTRICTIONS, r -> new Policy.Restrictions(r.text("title"),
                        clean(r.list("commitments", (n, p) -> commitment(n, p, "restriction"))))),
                section(f, "sharing", SHARING, s -> new Policy.Sharing(s.text("title"), optionalProse(s, "intro"),
                        clean(s.list("recipients", this::recipient)), s.has("optOutLink") ? httpsLink(s, "optOutLink",
                                "https://example.com/privacy/opt-out")
                                : null, optionalProse(s, "optOutPreferenceSignals"))),
                section(f, "retention", RETENTION, r -> new Policy.Retention(r.text("title"),
                        optionalProse(r, "intro"), clean(r.list("rules", this::retentionRule)), optionalProse(r, "note"))),
                section(f, "rights", RIGHTS, r -> new Policy.Rights(r.text("title"),
                        clean(r.list("rights", this::right)), period(r, "responseTime", RESPONSE_TIME),
                        r.prose("requests"),
                        r.has("requestMethods") ? clean(r.list("requestMethods", this::requestMethod)) : null,
                        optionalProse(r, "verification"), optionalProse(r, "authorizedAgents"))),
                section(f, "security", SECURITY, s -> new Policy.Security(s.text("title"),
                        clean(s.list("commitments", (n, p) -> commitment(n, p, "security commitment"))))),
                section(f, "cookies", COOKIES, c -> new Policy.Cookies(c.text("title"), optionalProse(c, "intro"),
                        clean(c.list("cookies", this::cookie)), optionalProse(c, "note"))),
                section(f, "childrenAndChanges", CHILDREN_AND_CHANGES, c -> new Policy.ChildrenAndChanges(
                        c.text("title"),
                        section(c, "children", CHILDREN, this::children),
                        section(c, "changes", CHANGE_NOTICE, k -> new Policy.ChangeNotice(k.text("title"),
                                k.prose("text"), k.has("noticePeriod") ? period(k, "noticePeriod", NOTICE_PERIOD)
                                : null)))),
                section(f, "contact", CONTACT, c -> new Policy.Contact(c.text("title"), c.prose("intro"),
                        email(c, "email"), siteHost(c, "website"), optionalProse(c, "note"), optionalProse(c, "address"),
                        appointment(c, "dpo"), appointment(c, "euRepresentative"), appointment(c, "ukRepresentative"),
                        section(c, "supervisoryAuthority", SUPERVISORY_AUTHORITY, a -> new SupervisoryAuthority(
                                a.text("name"), a.has("website") ? website(a, "website") : null)))),
                f.has("code") ? section(f, "code", CODE, this::code) : CodeRules.NONE,
                section(f, "lint", LINT, l -> new Policy.Lint(l.has("accepted")
                        ? clean(l.listOrEmpty("accepted", this::acceptedGap)) : List.of())));
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

    /** Optional list of category ids, each checked against collection.categories at its own place in the list. */
    private List<String> categoryRefs(Fields f, String key) {
        if (!f.has(key)) {
            return List.of();
        }
        List<String> ids = f.words(key, "an id defined under collection.categories", (id, item, itemPath) -> {
            reading.refer(CATEGORY_SCOPE, id, item, itemPath, "collection.categories");
            return id;
        });
        return ids == null ? List.of() : ids;
    }

    private static final String PACKAGE = "(\\.\\.)?[a-zA-Z_][\\w]*((\\.|\\.\\.)[a-zA-Z_][\\w]*)*(\\.\\.)?";

    /** Java packages in ArchUnit's syntax: com.openai.. or com.example.sdk, each checked where it is written. */
    private List<String> packages(Fields f, String key) {
        if (!f.has(key)) {
            return List.of();
        }
        List<String> packages = f.words(key, "a package such as com.openai..", (name, item, itemPath) -> {
            if (name.matches(PACKAGE)) {
                return name;
            }
            reading.problem(item, itemPath, "'" + name + "' is not a Java package;"
                    + " write one such as com.openai.. (the trailing .. includes its subpackages)");
            return null;
        });
        return packages == null ? List.of() : packages;
    }

    /**
     * A cookie's names as the code sets them: an HTTP token (RFC 6265, RFC 9110 tchar), so no spaces, quotes or
     * separators; each checked where it is written.
     */
    private List<String> cookieNames(Fields f, String key) {
        if (!f.has(key)) {
            return List.of();
        }
        List<String> names = f.words(key, "a cookie name such as of_session", (name, item, itemPath) -> {
            if (name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                return name;
            }
            reading.problem(item, itemPath, "'" + name + "' is not a cookie name (a name is letters, digits and"
                    + " ! # $ % & ' * + - . ^ _ ` | ~ only, no spaces); write the name the code sets, e.g. of_session");
            return null;
        });
        return names == null ? List.of() : names;
    }

    private static List<String> nonNull(List<String> words) {
        return words == null ? List.of() : words.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The items read, without the ones that had problems: the records hold no nulls, and a file with problems is discarded. */
    private static <T> List<T> clean(List<T> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).toList();
    }

    private interface ItemReader<T> {
        T read(Node node, String path);
    }

    /**
     * An optional list where {@code none} (or {@code []}) says there are none: absent is null, "not stated",
     * which the legal-completeness lint asks about, while none is a statement.
     */
    private <T> List<T> noneOrList(Fields f, String key, ItemReader<T> item) {
        Node node = f.node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().strip().equals("none")) {
            return List.of();
        }
        if (!(node instanceof SequenceNode)) {
            reading.problem(node, f.path(key), "expected a list or none, found " + Fields.describe(node)
                    + "; write none when there are none, or one item per line starting with '- '");
            return null;
        }
        return clean(f.listOrEmpty(key, item::read));
    }

    /** One word of an enum, e.g. legalBasis: contract; an unknown word is a problem listing the known ones. */
    private <E> E word(Fields f, String key, java.util.function.Function<String, java.util.Optional<E>> of, String what,
            String known) {
        String text = f.text(key);
        if (text == null) {
            return null;
        }
        java.util.Optional<E> value = of.apply(text);
        if (value.isEmpty()) {
            reading.problem(f.node(key), f.path(key), unknown(what, text, known));
        }
        return value.orElse(null);
    }

    private static String unknown(String what, String text, String known) {
        java.util.List<String> words = java.util.Arrays.asList(known.split(", "));
        return "unknown " + what + " '" + text + "'; " + NearestName.to(text, new java.util.LinkedHashSet<>(words))
                .map(w -> "did you mean '" + w + "'? Write one of: ").orElse("write one of: ") + known;
    }

    /** A list of enum words, each checked where it is written. */
    private <E> List<E> words(Fields f, String key, java.util.function.Function<String, java.util.Optional<E>> of,
            String what, String known) {
        Node list = f.node(key);
        if (!(list instanceof SequenceNode seq)) {
            f.words(key); // reports the wrong type
            return null;
        }
        List<E> values = new java.util.ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String itemPath = f.path(key) + "[" + i + "]";
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                reading.problem(item, itemPath, "expected a word, found " + Fields.describe(item) + "; write one of: " + known);
                continue;
            }
            java.util.Optional<E> value = of.apply(scalar.getValue().strip());
            if (value.isEmpty()) {
                reading.problem(item, itemPath, unknown(what, scalar.getValue().strip(), known));
            } else if (values.contains(value.get())) {
                reading.problem(item, itemPath, "'" + scalar.getValue().strip() + "' is listed twice; remove one");
            } else {
                values.add(value.get());
            }
        }
        return values;
    }

    /** Ids that must be defined in {@code scope}, each checked at its own place in the list. */
    private List<String> references(Fields f, String key, String scope, String definedUnder) {
        Node list = f.node(key);
        if (!(list instanceof SequenceNode seq)) {
            f.words(key);
            return null;
        }
        if (seq.getValue().isEmpty()) {
            // Absent says "not stated"; an empty list would state that the data comes from nowhere.
            reading.problem(list, f.path(key), "is an empty list; name at least one id defined under " + definedUnder
                    + ", or remove " + key + ": when the policy does not say");
            return null;
        }
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String itemPath = f.path(key) + "[" + i + "]";
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                reading.problem(item, itemPath, "expected an id, found " + Fields.describe(item)
                        + "; write an id defined under " + definedUnder);
                continue;
            }
            String id = scalar.getValue().strip();
            if (ids.contains(id)) {
                reading.problem(item, itemPath, "'" + id + "' is listed twice; remove one");
                continue;
            }
            if (scope.equals(SOURCE_SCOPE) && !sourcesUsable) {
                unlistedSources.add(id);
                if (firstSourceReference == null) {
                    firstSourceReference = f.path(key);
                }
            } else {
                reading.refer(scope, id, item, itemPath, definedUnder);
            }
            ids.add(id);
        }
        return ids;
    }

    private Source source(Node node, String path) {
        Fields f = Fields.open(reading, node, path, SOURCE);
        if (f == null) {
            return null;
        }
        return new Source(f.id("id", SOURCE_SCOPE, "source"), f.text("name"),
                word(f, "kind", Source.Kind::of, "kind of source", Source.Kind.ids()), optionalProse(f, "description"));
    }

    /** provision: of a category or element; the bare word (provision: voluntary) is a problem that shows the form. */
    private Provision provisionOf(Fields parent) {
        Node node = parent.node("provision");
        if (node instanceof ScalarNode scalar && Provision.Requirement.of(scalar.getValue().strip()).isPresent()) {
            reading.problem(node, parent.path("provision"), "expected a mapping, found '" + scalar.getValue().strip()
                    + "'; write requirement: " + scalar.getValue().strip() + " on the line below, indented (or"
                    + " provision: { requirement: " + scalar.getValue().strip() + " })");
            return null;
        }
        return section(parent, "provision", PROVISION, this::provision);
    }

    private Provision provision(Fields f) {
        Provision.Requirement requirement = word(f, "requirement", Provision.Requirement::of, "requirement",
                Provision.Requirement.ids());
        return requirement == null ? null : new Provision(requirement, optionalProse(f, "ifNotProvided"));
    }

    private AutomatedDecision automatedDecision(Node node, String path) {
        Fields f = Fields.open(reading, node, path, AUTOMATED_DECISION);
        return f == null ? null : new AutomatedDecision(f.id("id", "automated decision", "automated decision"),
                f.text("name"), f.prose("logic"), f.prose("consequences"));
    }

    private Transfer transfer(Node node, String path) {
        Fields f = Fields.open(reading, node, path, TRANSFER);
        if (f == null) {
            return null;
        }
        String country = f.text("country");
        if (country != null && !COUNTRIES.contains(country)) {
            String meant = countryMeant(country);
            reading.problem(f.node("country"), f.path("country"), "'" + country + "' is not an ISO 3166-1 country code;"
                    + (meant != null ? " write " + meant : " write the two capital letters of the country,"
                            + " e.g. US for the United States or IN for India"));
            country = null;
        }
        Transfer.Mechanism eu = f.has("mechanism") ? mechanism(f, "mechanism", false) : null;
        Transfer.Mechanism uk = f.has("ukMechanism") ? mechanism(f, "ukMechanism", true) : null;
        return new Transfer(country, eu, uk, optionalProse(f, "copy"));
    }

    /** The alpha-2 code a wrong country code most likely meant: us, USA, usa → US; UK → GB; null when unclear. */
    private static String countryMeant(String written) {
        String upper = written.toUpperCase(java.util.Locale.ROOT);
        if (COUNTRIES.contains(upper)) {
            return upper;
        }
        if (upper.equals("UK")) {
            return "GB";
        }
        for (String code : COUNTRIES) {
            try {
                if (new java.util.Locale("", code).getISO3Country().equals(upper)) {
                    return code;
                }
            } catch (java.util.MissingResourceException e) {
                // a code without an alpha-3 form
            }
        }
        return null;
    }

    private Transfer.Mechanism mechanism(Fields f, String key, boolean uk) {
        Transfer.Mechanism mechanism = word(f, key, Transfer.Mechanism::of, "transfer mechanism",
                Transfer.Mechanism.ids(uk));
        if (mechanism != null && !(uk ? mechanism.uk() : mechanism.eu())) {
            reading.problem(f.node(key), f.path(key), "'" + mechanism.id() + "' is a ground under the "
                    + (uk ? "GDPR" : "UK GDPR") + " only; move it to " + (uk ? "mechanism:" : "ukMechanism:")
                    + ", and write here one of: " + Transfer.Mechanism.ids(uk)
                    + (mechanism == Transfer.Mechanism.SCCS ? " (uk-addendum for the EU clauses with the UK Addendum)"
                            : ""));
            return null;
        }
        return mechanism;
    }

    private RequestMethod requestMethod(Node node, String path) {
        Fields f = Fields.open(reading, node, path, REQUEST_METHOD);
        if (f == null) {
            return null;
        }
        RequestMethod.Kind kind = word(f, "kind", RequestMethod.Kind::of, "request method", RequestMethod.Kind.ids());
        String address = switch (kind == null ? RequestMethod.Kind.POSTAL_MAIL : kind) {
            case EMAIL -> email(f, "address");
            case WEB_FORM -> httpsLink(f, "address", "https://example.com/privacy/request");
            case TOLL_FREE_NUMBER -> phone(f, "address");
            default -> f.text("address");
        };
        return kind == null ? null : new RequestMethod(kind, address);
    }

    private String phone(Fields f, String key) {
        String text = f.text(key);
        if (text != null && (!text.matches("\\+?[0-9 ()./-]+") || text.replaceAll("\\D", "").length() < 7
                || text.replaceAll("\\D", "").length() > 15)) {
            reading.problem(f.node(key), f.path(key), "'" + text + "' is not a telephone number; write the digits"
                    + " people dial, such as 1-800-555-0100 or +44 20 7946 0000");
            return null;
        }
        return text;
    }

    /** An https address a reader can follow: no other scheme, a real host name. */
    private String httpsLink(Fields f, String key, String example) {
        String text = f.text(key);
        if (text == null) {
            return null;
        }
        String problem;
        java.net.URI uri = null;
        try {
            uri = new java.net.URI(text);
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        String scheme = uri == null || uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri == null ? null : uri.getHost();
        if (uri != null && "http".equals(scheme)) {
            problem = "is a plain http link; write it with https://, as "
                    + "https" + text.substring(text.indexOf(':'));
        } else if (scheme == null && text.replaceFirst("[/?#].*", "").matches(HOST) && !text.matches(".*\\s.*")) {
            problem = "has no https:// in front; write https://" + text;
        } else if (uri == null || !"https".equals(scheme)) {
            problem = "is not an https link; write the full address, starting with https://, such as " + example;
        } else if (uri.getRawUserInfo() != null) {
            problem = "has a user name before the host; remove the part up to the @, as in " + example;
        } else if (host == null) {
            problem = "has no host name; write the full address, such as " + example;
        } else if (!host.matches(HOST)) {
            problem = "does not name a public host: '" + host + "' has no top-level domain such as .com; write the"
                    + " address readers open, such as " + example;
        } else {
            return text;
        }
        reading.problem(f.node(key), f.path(key), "'" + text + "' " + problem);
        return null;
    }

    /** A web address written as the page links it, https:// added: a host, perhaps with a path. */
    private String website(Fields f, String key) {
        return host(f, key, true, "the authority's web address without https://, such as www.edpb.europa.eu");
    }

    /**
     * The controller's own site as a bare host: the page links https://host/ and the site's address is
     * https://host/privacy/, so neither a scheme nor a path belongs here.
     */
    private String siteHost(Fields f, String key) {
        return host(f, key, false, "the site's host name alone, such as openfactory.tech");
    }

    private String host(Fields f, String key, boolean pathAllowed, String instead) {
        String text = f.text(key);
        if (text == null) {
            return null;
        }
        if (isHost(text, pathAllowed)) {
            return text;
        }
        String bare = text.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
        if (!pathAllowed) {
            bare = bare.replaceFirst("/.*", "");
        }
        reading.problem(f.node(key), f.path(key), "'" + text + "' is not a host name; write "
                + (!bare.equals(text) && isHost(bare, pathAllowed) ? "the host alone: " + bare : instead));
        return null;
    }

    /** A host name, with perhaps a path of the characters a URI path allows (RFC 3986 pchar, % escapes). */
    private static boolean isHost(String text, boolean pathAllowed) {
        int slash = text.indexOf('/');
        if (!pathAllowed || slash < 0) {
            return text.matches(HOST);
        }
        return text.substring(0, slash).matches(HOST)
                && text.substring(slash).matches("(/([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})*)+");
    }

    /** A host name: labels of letters, digits and hyphens, with a top-level domain. */
    static final String HOST = "(?i)(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

    /** A DPO or representative: a mapping, or none-appointed; absent is null (not stated). */
    private Appointment appointment(Fields parent, String key) {
        Node node = parent.node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().strip().equals("none-appointed")) {
            return Appointment.NONE;
        }
        if (node instanceof ScalarNode) {
            reading.problem(node, parent.path(key), "expected none-appointed or a name and e-mail, found "
                    + Fields.describe(node) + "; write none-appointed, or name: and email: on their own lines");
            return null;
        }
        Fields f = Fields.open(reading, node, parent.path(key), APPOINTMENT);
        return f == null ? null : new Appointment(true, f.text("name"), email(f, "email"), optionalProse(f, "address"));
    }

    private AcceptedGap acceptedGap(Node node, String path) {
        Fields f = Fields.open(reading, node, path, ACCEPTED_GAP);
        return f == null ? null : new AcceptedGap(f.text("item"), f.text("reason"));
    }

    private CodeRules code(Fields f) {
        List<CodeRules.Exemption> exemptions = f.has("exemptions") ? f.listOrEmpty("exemptions", (n, p) -> {
            Fields e = Fields.open(reading, n, p, EXEMPTION);
            return e == null ? null : new CodeRules.Exemption(e.text("rule"), e.text("target"), e.text("reason"));
        }) : List.of();
        List<String> personalDataNames = f.has("personalDataNames") ? nonNull(f.words("personalDataNames",
                "a word of field names such as iban", (word, node, path) -> word)) : List.of();
        return new CodeRules(packages(f, "storagePackages"), personalDataNames,
                packages(f, "deniedSdkPackages"), packages(f, "trainingApis"),
                exemptions == null ? List.of() : exemptions.stream().filter(java.util.Objects::nonNull).toList());
    }

    private Policy.Children children(Fields f) {
        String title = f.text("title");
        Integer minimumAge = f.wholeNumber("minimumAge");
        if (minimumAge != null && (minimumAge < YOUNGEST_MINIMUM_AGE || minimumAge > OLDEST_MINIMUM_AGE)) {
            reading.problem(f.node("minimumAge"), f.path("minimumAge"), minimumAge + " is not a minimum age a service"
                    + " can have; write an age from " + YOUNGEST_MINIMUM_AGE + " to " + OLDEST_MINIMUM_AGE
                    + ", usually 13 (COPPA), 16 (the GDPR's age of consent) or 18 (adults only)");
            minimumAge = null;
        }
        Prose text = f.prose("text");
        return minimumAge == null ? null : new Policy.Children(title, minimumAge, text);
    }

    private static Prose optionalProse(Fields f, String key) {
        return f.has(key) ? f.prose(key) : null;
    }

    private String email(Fields f, String key) {
        String email = f.text(key);
        if (email != null && !isEmail(email)) {
            reading.problem(f.node(key), f.path(key), "'" + email
                    + "' is not an e-mail address; write one such as privacy@example.com");
            return null;
        }
        return email;
    }

    /**
     * An address a mail client can use: a dot-atom before the one @ (RFC 5322, without the characters a mailto:
     * link reads otherwise: ? # % / and quotes), a host name with a top-level domain after it; no spaces anywhere.
     */
    static boolean isEmail(String text) {
        int at = text.lastIndexOf('@');
        return at > 0 && text.substring(0, at).matches(LOCAL_PART + "(\\." + LOCAL_PART + ")*")
                && text.substring(at + 1).matches(HOST);
    }

    private static final String LOCAL_PART = "[A-Za-z0-9!$&'*+=^_`{|}~-]+";

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
        List<String> sources = f.has("sources") ? references(f, "sources", SOURCE_SCOPE, "collection.sources") : null;
        List<CcpaCategory> ccpa = f.has("ccpaCategories") ? words(f, "ccpaCategories", CcpaCategory::of,
                "California category", CcpaCategory.ids()) : null;
        return new DataCategory(id, name, description, clean(elements), sources, ccpa, provisionOf(f));
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
        return new DataElement(id, label, encrypted != null && encrypted, hashed != null && hashed, provisionOf(f));
    }

    private Purpose purpose(Node node, String path) {
        Fields f = Fields.open(reading, node, path, PURPOSE);
        if (f == null) {
            return null;
        }
        String id = f.id("id", "purpose", "purpose");
        String name = f.text("name");
        Prose description = f.prose("description");
        List<String> categories = f.has("categories") ? categoryRefs(f, "categories") : null;
        LegalBasis basis = f.has("legalBasis") ? word(f, "legalBasis", LegalBasis::of, "legal basis",
                LegalBasis.ids()) : null;
        Prose interest = optionalProse(f, "legitimateInterest");
        if (interest != null && basis != null && basis != LegalBasis.LEGITIMATE_INTERESTS) {
            // The interest is what a legitimate-interests basis balances; with another basis it states nothing.
            reading.problem(f.keyNode("legitimateInterest"), f.path("legitimateInterest"), "goes only with"
                    + " legalBasis: legitimate-interests, and this purpose's basis is " + basis.id()
                    + "; remove it, or change the basis");
        } else if (interest != null && !f.has("legalBasis")) {
            reading.problem(f.keyNode("legitimateInterest"), f.path("legitimateInterest"), "goes only with"
                    + " legalBasis: legitimate-interests, and this purpose states no basis; add legalBasis:"
                    + " legitimate-interests, or remove it");
        }
        return new Purpose(id, name, description, categories, basis, interest);
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
                categoryRefs(f, "categories"), packages(f, "sdkPackages"),
                f.has("role") ? word(f, "role", Recipient.Role::of, "role", Recipient.Role.ids()) : null,
                noneOrList(f, "transfers", this::transfer), f.has("sold") ? f.flag("sold", null) : null,
                f.has("sharedForAdvertising") ? f.flag("sharedForAdvertising", null) : null);
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
        String id = f.id("id", "right", "right");
        Right.Kind kind = f.has("kind") ? word(f, "kind", Right.Kind::of, "kind of right", Right.Kind.ids())
                : id == null ? null : Right.Kind.named(id).orElse(null);
        return new Right(id, f.text("name"), f.prose("description"), handler, categoryRefs(f, "categories"), kind);
    }

    private Cookie cookie(Node node, String path) {
        Fields f = Fields.open(reading, node, path, COOKIE);
        if (f == null) {
            return null;
        }
        Boolean required = f.flag("required", null);
        return new Cookie(f.id("id", "cookie", "cookie"), f.text("name"), f.prose("purpose"),
                required != null && required, cookieNames(f, "names"),
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
                Period period = period(f, "upTo", RETENTION_PERIOD);
                String after = f.has("after") ? f.text("after") : null;
                String when = f.has("when") ? f.text("when") : null;
                yield period == null ? null : new KeptFor.UpTo(period, after, when);
            }
            default -> {
                Period period = period(f, "typically", RETENTION_PERIOD);
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
                Period period = period(f, "removedWithin", RETENTION_PERIOD);
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
                        : new AfterDeletion.RetainedAsRequiredBy(obligations);
            }
        };
    }

    private static Period period(Fields f, String key, Longest longest) {
        return f.period(key, longest.period(), longest.what(), longest.write());
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
