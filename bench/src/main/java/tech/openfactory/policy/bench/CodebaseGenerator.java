package tech.openfactory.policy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the Java sources of a realistic service of a given number of classes, for timing the compliance kit's drift
 * check at scale ({@code bench/drift.sh}). The service passes the check against {@code content/privacy/policy.yaml}:
 *
 * <ul>
 *   <li>a fixed platform part ({@value #PLATFORM_CLASSES} classes): entities declaring every element of every
 *       category, the eraser, exporter and corrector of all categories, a purge job per automatically purged
 *       retention rule, the recipient adapters of the S3 and OpenAI stand-in SDKs, the cookie setters (a
 *       {@code Cookie} with {@code setSecure}/{@code setHttpOnly} for the session, a {@code @ConsentGated} one for
 *       analytics, a {@code Set-Cookie} header) and the {@code @MinimumAge(16)} constant;</li>
 *   <li>feature packages of {@value #FEATURE_CLASSES} classes each, every one themed on a data category: four JPA
 *       entities and an embeddable with {@code @PersonalData} fields and ordinary ones, repositories, DTOs,
 *       mappers, services, controllers (one writes a response header, as controllers do), a validator, an eraser,
 *       a purge job, an adapter (OpenAI for conversation features, S3 for build features) or a notifier, an enum,
 *       an event log, an exception and constants; admin controllers also use other features' services;</li>
 *   <li>as many small utility classes in a shared package as it takes to reach exactly the number asked for.</li>
 * </ul>
 *
 * <p>No randomness: the same arguments write the same files. No nested, anonymous or enum-switch classes, so
 * every source file compiles to exactly one class file.
 *
 * <pre>{@code CodebaseGenerator <classes> <outputDir>}</pre>
 */
public final class CodebaseGenerator {
    static final String BASE = "tech.openfactory.app";
    static final int PLATFORM_CLASSES = 18;
    static final int FEATURE_CLASSES = 30;

    /** A data element of the policy and the field that stores it. */
    record Element(String id, String field, String type, boolean collection, boolean encrypted) {}

    /** A data category of the policy, the elements its features store, and words to name its features by. */
    record Theme(String category, List<Element> elements, List<String> firstWords, List<String> secondWords) {}

    static final List<Theme> THEMES = List.of(
            new Theme("account", List.of(
                    new Element("name", "fullName", "String", false, false),
                    new Element("email-address", "email", "String", false, false),
                    new Element("profile-image", "avatarUrl", "String", false, false),
                    new Element("authentication-identifiers", "authSubject", "String", false, false)),
                    List.of("Profile", "Signup", "Login", "Avatar", "Preference", "Contact", "Identity", "Onboarding"),
                    List.of("Hub", "Center", "Registry", "Directory", "Portal", "Desk", "Console", "Flow", "Ledger")),
            new Theme("builds", List.of(
                    new Element("recipes", "recipeSource", "String", false, false),
                    new Element("build-settings", "settings", "String", false, false),
                    new Element("generated-images", "imageKey", "String", false, false),
                    new Element("build-logs", "logText", "String", false, false),
                    new Element("test-results", "testReport", "String", false, false)),
                    List.of("Build", "Recipe", "Image", "Pipeline", "Artifact", "Kernel", "Package", "Toolchain"),
                    List.of("Queue", "Runner", "Cache", "Matrix", "Catalog", "Scheduler", "Mirror", "Vault", "Index")),
            new Theme("conversations", List.of(
                    new Element("conversation", "messages", "List<String>", true, false),
                    new Element("draft-artifacts", "draftArtifact", "String", false, false)),
                    List.of("Chat", "Assistant", "Prompt", "Draft", "Thread", "Reply", "Suggestion", "Review"),
                    List.of("Session", "Board", "Inbox", "Studio", "Workspace", "Panel", "Stream", "Room", "Lab")),
            new Theme("security", List.of(
                    new Element("ip-address", "ipAddress", "String", false, false),
                    new Element("user-agent", "userAgent", "String", false, false),
                    new Element("authentication-events", "authEvent", "String", false, false),
                    new Element("service-telemetry", "telemetry", "String", false, false)),
                    List.of("Audit", "Threat", "Alert", "Access", "Firewall", "Incident", "Probe", "Anomaly"),
                    List.of("Monitor", "Trail", "Sensor", "Guard", "Watch", "Report", "Radar", "Shield", "Gate")),
            new Theme("organizations", List.of(
                    new Element("organization-membership", "memberAccountId", "long", false, false),
                    new Element("roles", "role", "String", false, false),
                    new Element("integration-credentials", "secret", "byte[]", false, true)),
                    List.of("Team", "Org", "Member", "Role", "Invite", "Billing", "Seat", "Integration"),
                    List.of("Roster", "Plan", "Policy", "Group", "Unit", "Charter", "Circle", "Office", "Grant")));

    static final List<Element> ACCESS_LOG = THEMES.get(3).elements().subList(0, 3);

    private final Path root;
    private int written;

    private CodebaseGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CodebaseGenerator <classes> <outputDir>");
            System.exit(2);
        }
        int classes = Integer.parseInt(args[0]);
        if (classes < PLATFORM_CLASSES) {
            System.err.println("at least " + PLATFORM_CLASSES + " classes");
            System.exit(2);
        }
        int features = generate(classes, Path.of(args[1]));
        System.out.println("wrote " + classes + " classes (" + PLATFORM_CLASSES + " platform, " + features
                + " feature packages of " + FEATURE_CLASSES + ", " + (classes - PLATFORM_CLASSES - features * FEATURE_CLASSES)
                + " shared) to " + args[1]);
    }

    /** Writes exactly {@code classes} source files under {@code dir}; returns the number of feature packages. */
    public static int generate(int classes, Path dir) {
        CodebaseGenerator g = new CodebaseGenerator(dir);
        int features = (classes - PLATFORM_CLASSES) / FEATURE_CLASSES;
        g.platform();
        for (int i = 0; i < features; i++) {
            g.feature(i, features);
        }
        int shared = classes - PLATFORM_CLASSES - features * FEATURE_CLASSES;
        for (int k = 0; k < shared; k++) {
            g.shared(k);
        }
        if (g.written != classes) {
            throw new IllegalStateException("wrote " + g.written + " classes, not " + classes);
        }
        return features;
    }

    // Naming ---------------------------------------------------------------------------------------------------

    static Theme theme(int feature) {
        return THEMES.get(feature % THEMES.size());
    }

    /** A feature's class prefix, e.g. {@code BuildQueue}; unique, with a number once a theme's words run out. */
    static String prefix(int feature) {
        Theme t = theme(feature);
        int k = feature / THEMES.size();
        int combos = t.firstWords().size() * t.secondWords().size();
        String name = t.firstWords().get(k % t.firstWords().size())
                + t.secondWords().get((k / t.firstWords().size()) % t.secondWords().size());
        return k < combos ? name : name + (k / combos + 1);
    }

    static String pkg(int feature) {
        return BASE + "." + prefix(feature).toLowerCase(Locale.ROOT);
    }

    // Writing --------------------------------------------------------------------------------------------------

    private void write(String pkg, String simpleName, String body) {
        Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package " + pkg + ";\n\n" + body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A declared field with its accessor pair; {@code indent} is four spaces. */
    private static void personal(StringBuilder fields, StringBuilder methods, String category, Element e) {
        fields.append("    @PersonalData(category = \"").append(category).append("\", element = \"").append(e.id())
                .append("\")\n");
        if (e.encrypted()) {
            fields.append("    @Encrypted\n");
        }
        if (e.collection()) {
            fields.append("    @ElementCollection\n");
            fields.append("    private ").append(e.type()).append(' ').append(e.field()).append(" = new ArrayList<>();\n\n");
        } else {
            fields.append("    private ").append(e.type()).append(' ').append(e.field()).append(";\n\n");
        }
        methods.append("    public ").append(e.type()).append(' ').append(e.field()).append("() {\n        return ")
                .append(e.field()).append(";\n    }\n\n");
        methods.append("    public void ").append(e.field()).append('(').append(e.type()).append(" value) {\n        this.")
                .append(e.field()).append(" = value;\n    }\n\n");
    }

    private static final String ENTITY_IMPORTS = """
            import jakarta.persistence.ElementCollection;
            import jakarta.persistence.Embedded;
            import jakarta.persistence.Entity;
            import jakarta.persistence.EnumType;
            import jakarta.persistence.Enumerated;
            import jakarta.persistence.Id;
            import java.time.Instant;
            import java.util.ArrayList;
            import java.util.List;
            import tech.openfactory.policy.annotations.Encrypted;
            import tech.openfactory.policy.annotations.NotPersonal;
            import tech.openfactory.policy.annotations.PersonalData;

            """;

    /**
     * A JPA entity with an id, an owner, a creation time, the given ordinary fields ("type name") and the given
     * declared fields.
     */
    private void entity(String pkg, String name, String category, List<Element> declared, List<String> ordinary,
            String extraFields, String extraMethods) {
        StringBuilder fields = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        for (String o : ordinary) {
            String type = o.substring(0, o.indexOf(' '));
            String field = o.substring(o.indexOf(' ') + 1);
            if (type.equals("String")) {
                // Adopted as a team would: the kit asks about every text field of a row that belongs to a person.
                fields.append("    @NotPersonal(\"a generated code, not a person's words\")\n");
            }
            fields.append("    private ").append(type).append(' ').append(field).append(";\n");
            methods.append("    public ").append(type).append(' ').append(field).append("() {\n        return ")
                    .append(field).append(";\n    }\n\n");
        }
        fields.append('\n').append(extraFields);
        for (Element e : declared) {
            personal(fields, methods, category, e);
        }
        // Every row belongs to its owner: declared as a whole, as one element of its category.
        String row = declared.isEmpty() ? THEMES.stream().filter(t -> t.category().equals(category)).findFirst()
                .orElseThrow().elements().get(0).id() : declared.get(0).id();
        write(pkg, name, ENTITY_IMPORTS + """
                @Entity
                @PersonalData(category = "$C", element = "$R")
                public class $N {
                    @Id
                    private long id;

                    private long ownerId;
                    private Instant createdAt;
                $F
                    protected $N() {}

                    public $N(long ownerId, Instant createdAt) {
                        this.ownerId = ownerId;
                        this.createdAt = createdAt;
                    }

                    public long id() {
                        return id;
                    }

                    public void assignId(long id) {
                        if (this.id != 0) {
                            throw new IllegalStateException("id already assigned: " + this.id);
                        }
                        this.id = id;
                    }

                    public long ownerId() {
                        return ownerId;
                    }

                    public Instant createdAt() {
                        return createdAt;
                    }

                $M$X}
                """.replace("$N", name).replace("$C", category).replace("$R", row).replace("$F", fields).replace("$M", methods)
                .replace("$X", extraMethods));
    }

    // The platform: what every service of this shape has once --------------------------------------------------

    private void platform() {
        String p = BASE + ".platform";
        for (Theme t : THEMES) {
            if (t.category().equals("organizations")) {
                continue;
            }
            String name = switch (t.category()) {
                case "account" -> "Account";
                case "builds" -> "Build";
                case "conversations" -> "Conversation";
                default -> "SecurityEvent";
            };
            entity(p + "." + t.category(), name, t.category(), t.elements(),
                    List.of("Instant updatedAt", "int revision"), "", "");
        }
        Theme orgs = THEMES.get(4);
        entity(p + ".organizations", "Organization", "organizations", List.of(),
                List.of("String slug", "String plan", "int seats"), """
                    @ElementCollection
                    @PersonalData(category = "organizations", element = "organization-membership")
                    private List<Membership> members = new ArrayList<>();

                """, """
                    public List<Membership> members() {
                        return members;
                    }

                """);
        write(p + ".organizations", "Membership", """
                import jakarta.persistence.Embeddable;
                import tech.openfactory.policy.annotations.PersonalData;

                @Embeddable
                public class Membership {
                    @PersonalData(category = "organizations", element = "organization-membership")
                    private long memberAccountId;

                    @PersonalData(category = "organizations", element = "roles")
                    private String role;

                    private boolean active;

                    public long memberAccountId() {
                        return memberAccountId;
                    }

                    public String role() {
                        return role;
                    }

                    public boolean active() {
                        return active;
                    }
                }
                """);
        entity(p + ".organizations", "IntegrationCredential", "organizations", List.of(orgs.elements().get(2)),
                List.of("long organizationId", "String service", "Instant rotatedAt"), "", "");

        write(p + ".account", "SignupPolicy", """
                import java.time.LocalDate;
                import java.time.Period;
                import tech.openfactory.policy.annotations.MinimumAge;

                public final class SignupPolicy {
                    @MinimumAge(16)
                    public static final int MINIMUM_AGE = 16;

                    private SignupPolicy() {}

                    public static boolean mayRegister(LocalDate birthDate, LocalDate today) {
                        return Period.between(birthDate, today).getYears() >= MINIMUM_AGE;
                    }
                }
                """);

        String all = "{\"account\", \"builds\", \"conversations\", \"security\", \"organizations\"}";
        write(p + ".privacy", "AccountEraser", """
                import java.util.ArrayList;
                import java.util.List;
                import tech.openfactory.policy.annotations.Eraser;

                @Eraser($ALL)
                public class AccountEraser {
                    private final List<String> erased = new ArrayList<>();

                    public void erase(long accountId) {
                        // Deletes rows by account id in every store, then the account itself.
                        erased.add("account:" + accountId);
                    }

                    public int erasedCount() {
                        return erased.size();
                    }
                }
                """.replace("$ALL", all));
        write(p + ".privacy", "DataExporter", """
                import java.nio.charset.StandardCharsets;
                import tech.openfactory.policy.annotations.Exporter;

                @Exporter($ALL)
                public class DataExporter {
                    public byte[] export(long accountId) {
                        return ("{\\"account\\": " + accountId + "}").getBytes(StandardCharsets.UTF_8);
                    }
                }
                """.replace("$ALL", all));
        write(p + ".privacy", "AccountCorrector", """
                import tech.openfactory.policy.annotations.Corrector;
                import tech.openfactory.app.platform.account.Account;

                @Corrector("account")
                public class AccountCorrector {
                    public void correct(Account account, String fullName, String email) {
                        account.fullName(fullName);
                        account.email(email);
                    }
                }
                """);

        write(p + ".builds", "IsoImagePurgeJob", """
                import java.time.Duration;
                import java.time.Instant;
                import java.util.List;
                import tech.openfactory.app.platform.storage.ArtifactStore;
                import tech.openfactory.policy.annotations.RetentionJob;

                @RetentionJob(rule = "iso-images", keeps = "90 days")
                public class IsoImagePurgeJob {
                    static final Duration KEEP = Duration.ofDays(90);

                    private final ArtifactStore store;

                    public IsoImagePurgeJob(ArtifactStore store) {
                        this.store = store;
                    }

                    public int run(List<Build> builds, Instant now) {
                        int purged = 0;
                        for (Build build : builds) {
                            if (build.createdAt().plus(KEEP).isBefore(now)) {
                                store.delete(build);
                                purged++;
                            }
                        }
                        return purged;
                    }
                }
                """);
        write(p + ".security", "SecurityLogPurgeJob", """
                import java.time.Duration;
                import java.time.Instant;
                import java.util.List;
                import tech.openfactory.policy.annotations.RetentionJob;

                @RetentionJob(rule = "security-logs", keeps = "90 days")
                public class SecurityLogPurgeJob {
                    static final Duration KEEP = Duration.ofDays(90);

                    public List<SecurityEvent> expired(List<SecurityEvent> events, Instant now) {
                        return events.stream().filter(e -> e.createdAt().plus(KEEP).isBefore(now)).toList();
                    }
                }
                """);
        write(p + ".storage", "ArtifactStore", """
                import software.amazon.awssdk.services.s3.S3Client;
                import tech.openfactory.app.platform.builds.Build;
                import tech.openfactory.policy.annotations.RecipientAdapter;

                @RecipientAdapter("infrastructure-providers")
                public class ArtifactStore {
                    private static final String BUCKET = "openfactory-artifacts";

                    private final S3Client s3;

                    public ArtifactStore(S3Client s3) {
                        this.s3 = s3;
                    }

                    public void put(Build build, byte[] content) {
                        s3.putObject(BUCKET, build.imageKey(), content);
                    }

                    public void delete(Build build) {
                        s3.deleteObject(BUCKET, build.imageKey());
                    }
                }
                """);
        write(p + ".conversations", "AiAssistant", """
                import com.openai.client.OpenAIClient;
                import tech.openfactory.policy.annotations.RecipientAdapter;

                @RecipientAdapter("ai-providers")
                public class AiAssistant {
                    private final OpenAIClient client;

                    public AiAssistant(OpenAIClient client) {
                        this.client = client;
                    }

                    public String reply(Conversation conversation) {
                        String answer = client.complete("build-assistant", conversation.messages());
                        conversation.messages().add(answer);
                        return answer;
                    }
                }
                """);
        write(p + ".web", "SessionCookies", """
                import jakarta.servlet.http.Cookie;
                import jakarta.servlet.http.HttpServletResponse;
                import tech.openfactory.policy.annotations.SetsCookie;

                public class SessionCookies {
                    static final String NAME = "of_session";

                    @SetsCookie(cookie = "session", name = "of_session")
                    public void issue(HttpServletResponse response, String token) {
                        Cookie cookie = new Cookie(NAME, token);
                        cookie.setSecure(true);
                        cookie.setHttpOnly(true);
                        cookie.setPath("/");
                        response.addCookie(cookie);
                    }
                }
                """);
        write(p + ".web", "AnalyticsCookies", """
                import jakarta.servlet.http.Cookie;
                import jakarta.servlet.http.HttpServletResponse;
                import tech.openfactory.policy.annotations.ConsentGated;
                import tech.openfactory.policy.annotations.SetsCookie;

                public class AnalyticsCookies {
                    @ConsentGated
                    @SetsCookie(cookie = "analytics", name = "of_analytics")
                    public void count(HttpServletResponse response, String visitorId) {
                        Cookie cookie = new Cookie("of_analytics", visitorId);
                        cookie.setMaxAge(60 * 60 * 24 * 30);
                        response.addCookie(cookie);
                    }
                }
                """);
        write(p + ".web", "SessionRefresh", """
                import jakarta.servlet.http.HttpServletResponse;
                import tech.openfactory.policy.annotations.SetsCookie;

                public class SessionRefresh {
                    @SetsCookie(cookie = "session", name = "of_session")
                    public void refresh(HttpServletResponse response, String token) {
                        response.addHeader("Set-Cookie", "of_session=" + token + "; Path=/; Secure; HttpOnly");
                    }
                }
                """);
    }

    // A feature package -----------------------------------------------------------------------------------------

    private void feature(int i, int features) {
        Theme t = theme(i);
        String cat = t.category();
        String pkg = pkg(i);
        String P = prefix(i);
        List<Element> els = t.elements();
        Element entryElement = els.get(i % els.size());
        Element snapshotElement = els.get((i + 1) % els.size());
        Element detailsElement = els.get((i + 2) % els.size());
        if (detailsElement.collection()) {
            detailsElement = els.stream().filter(e -> !e.collection()).findFirst().orElseThrow();
        }

        // Entities and the embeddable.
        entity(pkg, P + "Record", cat, els,
                List.of("Instant updatedAt", "int revision", "String label", "int priority"), """
                    @Enumerated(EnumType.STRING)
                    private $PStatus status = $PStatus.ACTIVE;

                    @Embedded
                    @PersonalData(category = "$C", element = "$D")$E
                    private $PDetails details = new $PDetails();

                """.replace("$P", P).replace("$C", cat).replace("$D", detailsElement.id())
                        .replace("$E", detailsElement.encrypted() ? "\n    @Encrypted" : ""), """
                    public $PStatus status() {
                        return status;
                    }

                    public $PDetails details() {
                        return details;
                    }

                    public void label(String label) {
                        this.label = label;
                    }

                    public void priority(int priority) {
                        this.priority = priority;
                    }

                    public void archive(Instant now) {
                        status = $PStatus.ARCHIVED;
                        touch(now);
                    }

                    public void touch(Instant now) {
                        updatedAt = now;
                        revision++;
                    }

                """.replace("$P", P));
        entity(pkg, P + "Entry", cat, List.of(entryElement), List.of("long recordId", "int position", "String note"),
                "", """
                    public void place(long recordId, int position) {
                        this.recordId = recordId;
                        this.position = position;
                    }

                """);
        entity(pkg, P + "Snapshot", cat, List.of(snapshotElement),
                List.of("long recordId", "String checksum", "long sizeBytes"), "", """
                    public void capture(long recordId, String checksum, long sizeBytes) {
                        this.recordId = recordId;
                        this.checksum = checksum;
                        this.sizeBytes = sizeBytes;
                    }

                """);
        entity(pkg, P + "AccessLog", "security", ACCESS_LOG, List.of("long recordId", "String outcome"), "", """
                    public void outcome(long recordId, String outcome) {
                        this.recordId = recordId;
                        this.outcome = outcome;
                    }

                """);
        StringBuilder df = new StringBuilder();
        StringBuilder dm = new StringBuilder();
        personal(df, dm, cat, detailsElement);
        write(pkg, P + "Details", """
                import jakarta.persistence.Embeddable;
                import tech.openfactory.policy.annotations.Encrypted;
                import tech.openfactory.policy.annotations.NotPersonal;
                import tech.openfactory.policy.annotations.PersonalData;

                @Embeddable
                public class $PDetails {
                    @NotPersonal("a generated summary of the record's settings")
                    private String summary;
                    private int weight;
                    private boolean pinned;

                $F    public String summary() {
                        return summary;
                    }

                    public int weight() {
                        return weight;
                    }

                    public boolean pinned() {
                        return pinned;
                    }

                    public void pin(boolean pinned) {
                        this.pinned = pinned;
                    }

                $M}
                """.replace("$P", P).replace("$F", df).replace("$M", dm));

        // Repositories.
        for (String e : List.of("Record", "Entry", "Snapshot", "AccessLog")) {
            write(pkg, P + e + "Repository", """
                    import java.util.ArrayList;
                    import java.util.LinkedHashMap;
                    import java.util.List;
                    import java.util.Map;
                    import java.util.Optional;

                    public class $P$ERepository {
                        private final Map<Long, $P$E> rows = new LinkedHashMap<>();
                        private long nextId = 1;

                        public $P$E save($P$E row) {
                            if (row.id() == 0) {
                                row.assignId(nextId++);
                            }
                            rows.put(row.id(), row);
                            return row;
                        }

                        public Optional<$P$E> findById(long id) {
                            return Optional.ofNullable(rows.get(id));
                        }

                        public List<$P$E> findAll() {
                            return new ArrayList<>(rows.values());
                        }

                        public List<$P$E> findByOwner(long ownerId) {
                            return rows.values().stream().filter(row -> row.ownerId() == ownerId).toList();
                        }

                        public int deleteByOwner(long ownerId) {
                            List<Long> ids = findByOwner(ownerId).stream().map($P$E::id).toList();
                            ids.forEach(rows::remove);
                            return ids.size();
                        }

                        public boolean delete(long id) {
                            return rows.remove(id) != null;
                        }

                        public int count() {
                            return rows.size();
                        }
                    }
                    """.replace("$P", P).replace("$E", e));
        }

        // DTOs.
        write(pkg, P + "View", """
                import java.time.Instant;

                public record $PView(long id, long ownerId, String status, String label, int priority, Instant createdAt,
                        int revision) {
                    public boolean archived() {
                        return "ARCHIVED".equals(status);
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "EntryView", """
                import java.time.Instant;

                public record $PEntryView(long id, long recordId, int position, String note, Instant createdAt) {}
                """.replace("$P", P));
        write(pkg, P + "CreateRequest", """
                public record $PCreateRequest(long ownerId, String label, int priority) {
                    public $PCreateRequest {
                        label = label == null ? "" : label.strip();
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "Page", """
                import java.util.List;

                public final class $PPage {
                    private final List<$PView> items;
                    private final int page;
                    private final int total;

                    public $PPage(List<$PView> items, int page, int total) {
                        this.items = List.copyOf(items);
                        this.page = page;
                        this.total = total;
                    }

                    public List<$PView> items() {
                        return items;
                    }

                    public int page() {
                        return page;
                    }

                    public int total() {
                        return total;
                    }

                    public boolean hasNext() {
                        return (page + 1) * $PConfig.PAGE_SIZE < total;
                    }
                }
                """.replace("$P", P));

        // Mappers and the validator.
        write(pkg, P + "RecordMapper", """
                import java.time.Instant;
                import java.util.ArrayList;
                import java.util.List;

                public class $PRecordMapper {
                    public $PView toView($PRecord row) {
                        return new $PView(row.id(), row.ownerId(), row.status().name(), row.label(), row.priority(),
                                row.createdAt(), row.revision());
                    }

                    public List<$PView> toViews(List<$PRecord> rows) {
                        List<$PView> views = new ArrayList<>(rows.size());
                        for ($PRecord row : rows) {
                            views.add(toView(row));
                        }
                        return views;
                    }

                    public $PRecord fromRequest($PCreateRequest request, Instant now) {
                        $PRecord row = new $PRecord(request.ownerId(), now);
                        row.label(request.label());
                        row.priority(request.priority());
                        return row;
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "EntryMapper", """
                import java.util.List;

                public class $PEntryMapper {
                    public $PEntryView toView($PEntry entry) {
                        return new $PEntryView(entry.id(), entry.recordId(), entry.position(), entry.note(),
                                entry.createdAt());
                    }

                    public List<$PEntryView> toViews(List<$PEntry> entries) {
                        return entries.stream().map(this::toView).toList();
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "RequestValidator", """
                import java.util.ArrayList;
                import java.util.List;

                public class $PRequestValidator {
                    public List<String> problems($PCreateRequest request) {
                        List<String> problems = new ArrayList<>();
                        if (request.ownerId() <= 0) {
                            problems.add("ownerId must be positive");
                        }
                        if (request.label().isEmpty() || request.label().length() > $PConfig.MAX_LABEL) {
                            problems.add("label must have 1 to " + $PConfig.MAX_LABEL + " characters");
                        }
                        if (request.priority() < 0 || request.priority() > 9) {
                            problems.add("priority must be 0 to 9");
                        }
                        return problems;
                    }

                    public void validate($PCreateRequest request) {
                        List<String> problems = problems(request);
                        if (!problems.isEmpty()) {
                            throw new IllegalArgumentException(String.join("; ", problems));
                        }
                    }
                }
                """.replace("$P", P));

        // Services.
        write(pkg, P + "RecordService", """
                import java.time.Clock;
                import java.time.Instant;
                import java.util.Comparator;
                import java.util.List;

                public class $PRecordService {
                    private final $PRecordRepository records;
                    private final $PRecordMapper mapper;
                    private final $PRequestValidator validator;
                    private final $PEvents events;
                    private final Clock clock;

                    public $PRecordService($PRecordRepository records, $PRecordMapper mapper, $PRequestValidator validator,
                            $PEvents events, Clock clock) {
                        this.records = records;
                        this.mapper = mapper;
                        this.validator = validator;
                        this.events = events;
                        this.clock = clock;
                    }

                    public $PView create($PCreateRequest request) {
                        validator.validate(request);
                        $PRecord row = records.save(mapper.fromRequest(request, Instant.now(clock)));
                        events.publish("created", row.id());
                        return mapper.toView(row);
                    }

                    public $PRecord load(long id) {
                        return records.findById(id).orElseThrow(() -> new $PNotFoundException("record", id));
                    }

                    public $PView get(long id) {
                        return mapper.toView(load(id));
                    }

                    public $PPage list(long ownerId, int page) {
                        List<$PRecord> all = records.findByOwner(ownerId).stream()
                                .sorted(Comparator.comparing($PRecord::createdAt)).toList();
                        int from = Math.min(all.size(), page * $PConfig.PAGE_SIZE);
                        int to = Math.min(all.size(), from + $PConfig.PAGE_SIZE);
                        return new $PPage(mapper.toViews(all.subList(from, to)), page, all.size());
                    }

                    public $PView archive(long id) {
                        $PRecord row = load(id);
                        row.archive(Instant.now(clock));
                        events.publish("archived", id);
                        return mapper.toView(records.save(row));
                    }

                    public boolean delete(long id) {
                        boolean deleted = records.delete(id);
                        if (deleted) {
                            events.publish("deleted", id);
                        }
                        return deleted;
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "EntryService", """
                import java.time.Clock;
                import java.time.Instant;
                import java.util.Comparator;
                import java.util.List;

                public class $PEntryService {
                    private final $PEntryRepository entries;
                    private final $PRecordService records;
                    private final $PEntryMapper mapper;
                    private final Clock clock;

                    public $PEntryService($PEntryRepository entries, $PRecordService records, $PEntryMapper mapper,
                            Clock clock) {
                        this.entries = entries;
                        this.records = records;
                        this.mapper = mapper;
                        this.clock = clock;
                    }

                    public $PEntryView add(long recordId, int position) {
                        $PRecord record = records.load(recordId);
                        $PEntry entry = new $PEntry(record.ownerId(), Instant.now(clock));
                        entry.place(recordId, position);
                        return mapper.toView(entries.save(entry));
                    }

                    public List<$PEntryView> entries(long recordId) {
                        return mapper.toViews(entries.findAll().stream().filter(e -> e.recordId() == recordId)
                                .sorted(Comparator.comparingInt($PEntry::position)).toList());
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "SnapshotService", """
                import java.time.Clock;
                import java.time.Instant;
                import java.util.Comparator;
                import java.util.Optional;

                public class $PSnapshotService {
                    private final $PSnapshotRepository snapshots;
                    private final $PRecordRepository records;
                    private final $PEvents events;
                    private final Clock clock;

                    public $PSnapshotService($PSnapshotRepository snapshots, $PRecordRepository records, $PEvents events,
                            Clock clock) {
                        this.snapshots = snapshots;
                        this.records = records;
                        this.events = events;
                        this.clock = clock;
                    }

                    public Optional<$PSnapshot> snapshot(long recordId) {
                        return records.findById(recordId).map(record -> {
                            $PSnapshot snapshot = new $PSnapshot(record.ownerId(), Instant.now(clock));
                            snapshot.capture(recordId, Integer.toHexString(record.label().hashCode()), record.revision());
                            events.publish("snapshot", recordId);
                            return snapshots.save(snapshot);
                        });
                    }

                    public Optional<$PSnapshot> latest(long recordId) {
                        return snapshots.findAll().stream().filter(s -> s.recordId() == recordId)
                                .max(Comparator.comparing($PSnapshot::createdAt));
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "AuditService", """
                import java.time.Clock;
                import java.time.Instant;
                import java.util.Comparator;
                import java.util.List;

                public class $PAuditService {
                    private final $PAccessLogRepository logs;
                    private final Clock clock;

                    public $PAuditService($PAccessLogRepository logs, Clock clock) {
                        this.logs = logs;
                        this.clock = clock;
                    }

                    public void record(long ownerId, long recordId, String outcome, String remote, String agent) {
                        $PAccessLog log = new $PAccessLog(ownerId, Instant.now(clock));
                        log.outcome(recordId, outcome);
                        log.ipAddress(remote);
                        log.userAgent(agent);
                        log.authEvent("access");
                        logs.save(log);
                    }

                    public List<$PAccessLog> recent(int limit) {
                        return logs.findAll().stream().sorted(Comparator.comparing($PAccessLog::createdAt).reversed())
                                .limit(limit).toList();
                    }

                    public int count() {
                        return logs.count();
                    }
                }
                """.replace("$P", P));

        // Controllers.
        write(pkg, P + "RecordController", """
                import jakarta.servlet.http.HttpServletResponse;

                public class $PRecordController {
                    private final $PRecordService service;
                    private final $PAuditService audit;

                    public $PRecordController($PRecordService service, $PAuditService audit) {
                        this.service = service;
                        this.audit = audit;
                    }

                    public $PView get(long id, HttpServletResponse response) {
                        response.setHeader("Cache-Control", "no-store");
                        $PView view = service.get(id);
                        audit.record(view.ownerId(), id, "read", "", "");
                        return view;
                    }

                    public $PPage list(long ownerId, int page) {
                        return service.list(ownerId, Math.max(0, page));
                    }

                    public $PView create($PCreateRequest request, HttpServletResponse response) {
                        $PView view = service.create(request);
                        response.setStatus(201);
                        return view;
                    }

                    public void delete(long id, HttpServletResponse response) {
                        response.setStatus(service.delete(id) ? 204 : 404);
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "EntryController", """
                import java.util.List;

                public class $PEntryController {
                    private final $PEntryService service;

                    public $PEntryController($PEntryService service) {
                        this.service = service;
                    }

                    public List<$PEntryView> entries(long recordId) {
                        return service.entries(recordId);
                    }

                    public $PEntryView add(long recordId, int position) {
                        if (position < 0) {
                            throw new IllegalArgumentException("position must not be negative");
                        }
                        return service.add(recordId, position);
                    }
                }
                """.replace("$P", P));
        // Admin controllers see the audit trail of their own feature and of two others: cross-package coupling.
        String other1 = pkg((i + 1) % features) + "." + prefix((i + 1) % features) + "AuditService";
        String other2 = pkg(i / 2) + "." + prefix(i / 2) + "AuditService";
        write(pkg, P + "AdminController", """
                public class $PAdminController {
                    private final $PSnapshotService snapshots;
                    private final $PAuditService audit;
                    private final $O1 neighbour;
                    private final $O2 parent;

                    public $PAdminController($PSnapshotService snapshots, $PAuditService audit, $O1 neighbour, $O2 parent) {
                        this.snapshots = snapshots;
                        this.audit = audit;
                        this.neighbour = neighbour;
                        this.parent = parent;
                    }

                    public String stats() {
                        return "own=" + audit.count() + " neighbour=" + neighbour.count() + " parent=" + parent.count();
                    }

                    public boolean snapshot(long recordId) {
                        return snapshots.snapshot(recordId).isPresent();
                    }

                    public int recentFailures(int limit) {
                        return (int) audit.recent(limit).stream().filter(l -> !"ok".equals(l.outcome())).count();
                    }
                }
                """.replace("$P", P).replace("$O1", other1).replace("$O2", other2));

        // Privacy: the eraser of this feature's data.
        write(pkg, P + "Eraser", """
                import tech.openfactory.policy.annotations.Eraser;

                @Eraser($CATS)
                public class $PEraser {
                    private final $PRecordRepository records;
                    private final $PEntryRepository entries;
                    private final $PSnapshotRepository snapshots;
                    private final $PAccessLogRepository logs;

                    public $PEraser($PRecordRepository records, $PEntryRepository entries, $PSnapshotRepository snapshots,
                            $PAccessLogRepository logs) {
                        this.records = records;
                        this.entries = entries;
                        this.snapshots = snapshots;
                        this.logs = logs;
                    }

                    public int erase(long ownerId) {
                        return entries.deleteByOwner(ownerId) + snapshots.deleteByOwner(ownerId) + logs.deleteByOwner(ownerId)
                                + records.deleteByOwner(ownerId);
                    }
                }
                """.replace("$P", P).replace("$CATS", cat.equals("security") ? "\"security\""
                        : "{\"" + cat + "\", \"security\"}"));

        // The purge job, and the adapter or notifier.
        if (cat.equals("builds")) {
            write(pkg, P + "ImagePurgeJob", """
                    import java.time.Clock;
                    import java.time.Duration;
                    import java.time.Instant;
                    import tech.openfactory.policy.annotations.RetentionJob;

                    @RetentionJob(rule = "iso-images", keeps = "90 days")
                    public class $PImagePurgeJob {
                        static final Duration KEEP = Duration.ofDays(90);

                        private final $PRecordRepository records;
                        private final $PArtifactStore store;
                        private final Clock clock;

                        public $PImagePurgeJob($PRecordRepository records, $PArtifactStore store, Clock clock) {
                            this.records = records;
                            this.store = store;
                            this.clock = clock;
                        }

                        public int run() {
                            Instant cutoff = Instant.now(clock).minus(KEEP);
                            int purged = 0;
                            for ($PRecord record : records.findAll()) {
                                if (record.createdAt().isBefore(cutoff) && record.imageKey() != null) {
                                    store.delete(record);
                                    record.imageKey(null);
                                    purged++;
                                }
                            }
                            return purged;
                        }
                    }
                    """.replace("$P", P));
            write(pkg, P + "ArtifactStore", """
                    import software.amazon.awssdk.services.s3.S3Client;
                    import tech.openfactory.policy.annotations.RecipientAdapter;

                    @RecipientAdapter("infrastructure-providers")
                    public class $PArtifactStore {
                        private static final String BUCKET = "openfactory-$LOWER";

                        private final S3Client s3;

                        public $PArtifactStore(S3Client s3) {
                            this.s3 = s3;
                        }

                        public void put($PRecord record, byte[] content) {
                            s3.putObject(BUCKET, record.imageKey(), content);
                        }

                        public void delete($PRecord record) {
                            s3.deleteObject(BUCKET, record.imageKey());
                        }
                    }
                    """.replace("$P", P).replace("$LOWER", P.toLowerCase(Locale.ROOT)));
        } else {
            write(pkg, P + "AccessLogPurgeJob", """
                    import java.time.Clock;
                    import java.time.Duration;
                    import java.time.Instant;
                    import tech.openfactory.policy.annotations.RetentionJob;

                    @RetentionJob(rule = "security-logs", keeps = "90 days")
                    public class $PAccessLogPurgeJob {
                        static final Duration KEEP = Duration.ofDays(90);

                        private final $PAccessLogRepository logs;
                        private final Clock clock;

                        public $PAccessLogPurgeJob($PAccessLogRepository logs, Clock clock) {
                            this.logs = logs;
                            this.clock = clock;
                        }

                        public int run() {
                            Instant cutoff = Instant.now(clock).minus(KEEP);
                            int purged = 0;
                            for ($PAccessLog log : logs.findAll()) {
                                if (log.createdAt().isBefore(cutoff) && logs.delete(log.id())) {
                                    purged++;
                                }
                            }
                            return purged;
                        }
                    }
                    """.replace("$P", P));
            if (cat.equals("conversations")) {
                write(pkg, P + "Assistant", """
                        import com.openai.client.OpenAIClient;
                        import java.util.ArrayList;
                        import java.util.List;
                        import tech.openfactory.policy.annotations.RecipientAdapter;

                        @RecipientAdapter("ai-providers")
                        public class $PAssistant {
                            private final OpenAIClient client;

                            public $PAssistant(OpenAIClient client) {
                                this.client = client;
                            }

                            public String reply($PRecord conversation) {
                                String answer = client.complete("build-assistant", conversation.messages());
                                conversation.messages().add(answer);
                                return answer;
                            }

                            public String suggest($PEntry entry) {
                                List<String> context = new ArrayList<>();
                                context.add(entry.note() == null ? "" : entry.note());
                                return client.complete("draft-helper", context);
                            }
                        }
                        """.replace("$P", P));
            } else {
                write(pkg, P + "Notifier", """
                        import java.util.List;

                        public class $PNotifier {
                            private final $PEvents events;

                            public $PNotifier($PEvents events) {
                                this.events = events;
                            }

                            public int flush() {
                                List<String> pending = events.drain();
                                for (String event : pending) {
                                    if (event.startsWith("deleted")) {
                                        System.getLogger("$PKG").log(System.Logger.Level.INFO, event);
                                    }
                                }
                                return pending.size();
                            }
                        }
                        """.replace("$PKG", pkg).replace("$P", P));
            }
        }

        // Small types.
        write(pkg, P + "Status", """
                public enum $PStatus {
                    ACTIVE, ARCHIVED, DELETED;

                    public boolean visible() {
                        return this != DELETED;
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "Events", """
                import java.util.ArrayList;
                import java.util.List;

                public class $PEvents {
                    private final List<String> published = new ArrayList<>();

                    public synchronized void publish(String type, long id) {
                        published.add(type + ":" + id);
                    }

                    public synchronized List<String> drain() {
                        List<String> out = List.copyOf(published);
                        published.clear();
                        return out;
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "NotFoundException", """
                public class $PNotFoundException extends RuntimeException {
                    private static final long serialVersionUID = 1L;

                    public $PNotFoundException(String what, long id) {
                        super(what + " " + id + " not found");
                    }
                }
                """.replace("$P", P));
        write(pkg, P + "Config", """
                public final class $PConfig {
                    public static final int PAGE_SIZE = $SIZE;
                    public static final int MAX_LABEL = 120;
                    public static final String FEATURE = "$LOWER";

                    private $PConfig() {}

                    public static int pages(int total) {
                        return (total + PAGE_SIZE - 1) / PAGE_SIZE;
                    }
                }
                """.replace("$P", P).replace("$SIZE", String.valueOf(20 + i % 5 * 10))
                .replace("$LOWER", P.toLowerCase(Locale.ROOT)));
    }

    // Shared utilities: fill up to the exact count ------------------------------------------------------------

    private static final List<String> SHARED = List.of("Texts", "Ids", "Paging", "Durations", "Checksums", "Slugs",
            "Retries", "Bytes", "Ranges", "Versions");

    private void shared(int k) {
        String name = SHARED.get(k % SHARED.size()) + (k < SHARED.size() ? "" : String.valueOf(k / SHARED.size() + 1));
        write(BASE + ".shared", name, """
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Locale;

                public final class $N {
                    private $N() {}

                    public static String normalize(String value) {
                        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
                    }

                    public static List<String> split(String value, char separator) {
                        List<String> parts = new ArrayList<>();
                        int start = 0;
                        for (int i = 0; i < value.length(); i++) {
                            if (value.charAt(i) == separator) {
                                parts.add(value.substring(start, i));
                                start = i + 1;
                            }
                        }
                        parts.add(value.substring(start));
                        return parts;
                    }

                    public static int clamp(int value, int min, int max) {
                        return Math.max(min, Math.min(max, value + $K));
                    }
                }
                """.replace("$N", name).replace("$K", String.valueOf(k)));
    }
}
