package tech.openfactory.service.contracts;

import com.openai.client.OpenAIClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.s3.S3Client;
import tech.openfactory.policy.compliance.PolicyContracts;
import tech.openfactory.service.account.Account;
import tech.openfactory.service.account.AccountCorrector;
import tech.openfactory.service.account.Registration;
import tech.openfactory.service.builds.Build;
import tech.openfactory.service.builds.IsoImage;
import tech.openfactory.service.builds.IsoImagePurgeJob;
import tech.openfactory.service.builds.Recipe;
import tech.openfactory.service.conversations.AiAssistant;
import tech.openfactory.service.conversations.Conversation;
import tech.openfactory.service.organizations.IntegrationCredential;
import tech.openfactory.service.organizations.Membership;
import tech.openfactory.service.organizations.Organization;
import tech.openfactory.service.privacy.AccountEraser;
import tech.openfactory.service.privacy.DataExporter;
import tech.openfactory.service.security.SecurityEvent;
import tech.openfactory.service.security.SecurityLogPurgeJob;
import tech.openfactory.service.storage.ArtifactStore;
import tech.openfactory.service.storage.Database;
import tech.openfactory.service.web.Visits;

/**
 * The service's own parts wired as they are in production, over an in-memory database, and handed to the kit's
 * contracts. A test that plants a behavioural drift replaces one part with a variant of it.
 */
class ServiceFixture {
    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    final Database database = new Database();
    final List<String> objectStore = new ArrayList<>();
    final ArtifactStore artifacts = new ArtifactStore(new S3Client() {
        @Override
        public void putObject(String bucket, String key, byte[] content) {
            objectStore.add(key + " " + new String(content, StandardCharsets.UTF_8));
        }

        @Override
        public void deleteObject(String bucket, String key) {
            objectStore.removeIf(o -> o.startsWith(key + " "));
        }
    });
    private final AtomicLong ids = new AtomicLong(100);

    Visits visits = new Visits();
    AccountEraser eraser = new AccountEraser(database, artifacts);
    DataExporter exporter = new DataExporter(database);
    java.util.function.Function<OpenAIClient, AiAssistant> assistant = AiAssistant::new;
    java.util.function.BiFunction<Database, Clock, Registration> registration = Registration::new;
    IsoImagePurgeJobFactory isoPurge = IsoImagePurgeJob::new;

    interface IsoImagePurgeJobFactory {
        IsoImagePurgeJob create(Database database, ArtifactStore store, Clock clock);
    }

    PolicyContracts.Builder contracts() {
        return PolicyContracts.builder().now(NOW).reportDirectory(java.nio.file.Path.of("target", "privacy-policy"))
                .retention("iso-images", isoImages(), clock -> () -> isoPurge.create(database, artifacts, clock).run())
                .retention("security-logs", securityEvents(), clock -> () -> new SecurityLogPurgeJob(database, clock).run())
                .people(people())
                .eraser(person -> eraser.erase(Long.parseLong(person)))
                .exporter(person -> exporter.export(Long.parseLong(person)))
                .corrector(corrector())
                .http(this::flow)
                .signUp(age -> {
                    LocalDate birthDate = NOW.atZone(ZoneOffset.UTC).toLocalDate().minusYears(age);
                    try {
                        registration.apply(database, Clock.fixed(NOW, ZoneOffset.UTC))
                                .register(ids.incrementAndGet(), "Ada", "ada@example.test", birthDate);
                        return true;
                    } catch (IllegalArgumentException refused) {
                        return false;
                    }
                })
                .recipients(this::sent);
    }

    private PolicyContracts.Retained<Long> isoImages() {
        return new PolicyContracts.Retained<>() {
            @Override
            public Long create(Instant at) {
                long id = ids.incrementAndGet();
                IsoImage image = database.save(new IsoImage(id, 0, at, "images/" + id + ".iso"));
                artifacts.put(image, new byte[] {1});
                return id;
            }

            @Override
            public boolean exists(Long id) {
                return database.all(IsoImage.class).stream().anyMatch(i -> i.id() == id);
            }
        };
    }

    private PolicyContracts.Retained<String> securityEvents() {
        return new PolicyContracts.Retained<>() {
            @Override
            public String create(Instant at) {
                String event = "sign-in " + ids.incrementAndGet();
                database.save(new SecurityEvent(ids.incrementAndGet(), 0, at, "203.0.113.9", "curl/8", event, "{}"));
                return event;
            }

            @Override
            public boolean exists(String event) {
                return database.all(SecurityEvent.class).stream().anyMatch(e -> e.event().equals(event));
            }
        };
    }

    /** A person with something in every element the policy lists, each value carrying the marker. */
    private PolicyContracts.People people() {
        return new PolicyContracts.People() {
            @Override
            public String seed(String m) {
                long account = ids.incrementAndGet();
                database.save(new Account(account, "Ada " + m, m + "@example.test", "https://img.example/" + m + ".png",
                        "github|" + m));
                database.save(new Recipe(ids.incrementAndGet(), account, "packages: [" + m + "-tools]"));
                long build = ids.incrementAndGet();
                database.save(new Build(build, account, 0, NOW, "arch=x86_64 " + m, "log of " + m, "all passed for " + m));
                database.save(new IsoImage(ids.incrementAndGet(), build, NOW, "images/" + m + ".iso"));
                Conversation conversation = database.save(new Conversation(ids.incrementAndGet(), account));
                conversation.add("build me a kiosk, " + m);
                conversation.draft("draft recipe for " + m);
                database.save(new SecurityEvent(ids.incrementAndGet(), account, NOW, "198.51.100." + (account % 250),
                        "Firefox/" + m, "signed in " + m, "latency 12ms " + m));
                Organization organization = database.save(new Organization(ids.incrementAndGet(), "team " + m));
                organization.join(new Membership(account, "maintainer " + m));
                database.save(new IntegrationCredential(ids.incrementAndGet(), organization.id(), account, "github",
                        ("token-" + m).getBytes(StandardCharsets.UTF_8)));
                return String.valueOf(account);
            }

            @Override
            public Map<String, List<String>> stored(String person) {
                // What the database holds of the person, read without going through the exporter under test.
                long id = Long.parseLong(person);
                Map<String, List<String>> out = new TreeMap<>();
                database.all(Account.class).stream().filter(a -> a.id() == id).forEach(a -> {
                    add(out, "account/name", a.name());
                    add(out, "account/email-address", a.email());
                    add(out, "account/profile-image", a.profileImageUrl());
                    add(out, "account/authentication-identifiers", a.authSubject());
                });
                database.all(Recipe.class).stream().filter(r -> r.ownerId() == id).forEach(r -> add(out, "builds/recipes", r.content()));
                List<Build> builds = database.all(Build.class).stream().filter(b -> b.accountId() == id).toList();
                builds.forEach(b -> {
                    add(out, "builds/build-settings", b.settings());
                    add(out, "builds/build-logs", b.log());
                    add(out, "builds/test-results", b.testResults());
                });
                Set<Long> buildIds = builds.stream().map(Build::id).collect(java.util.stream.Collectors.toSet());
                database.all(IsoImage.class).stream().filter(i -> buildIds.contains(i.buildId()))
                        .forEach(i -> add(out, "builds/generated-images", i.storageKey()));
                database.all(Conversation.class).stream().filter(c -> c.accountId() == id).forEach(c -> {
                    c.messages().forEach(x -> add(out, "conversations/conversation", x));
                    c.drafts().forEach(x -> add(out, "conversations/draft-artifacts", x));
                });
                database.all(SecurityEvent.class).stream().filter(e -> e.accountId() == id).forEach(e -> {
                    add(out, "security/ip-address", e.ipAddress());
                    add(out, "security/user-agent", e.userAgent());
                    add(out, "security/authentication-events", e.event());
                    add(out, "security/service-telemetry", e.telemetry());
                });
                database.all(Organization.class).forEach(o -> o.members().stream().filter(x -> x.accountId() == id).forEach(x -> {
                    add(out, "organizations/organization-membership", o.name());
                    add(out, "organizations/roles", x.role());
                }));
                database.all(IntegrationCredential.class).stream().filter(c -> c.connectedBy() == id)
                        .forEach(c -> add(out, "organizations/integration-credentials", new String(c.secret(), StandardCharsets.UTF_8)));
                return out;
            }
        };
    }

    private static void add(Map<String, List<String>> out, String key, String value) {
        if (value != null) {
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    private PolicyContracts.Corrector corrector() {
        AccountCorrector corrector = new AccountCorrector(database);
        return new PolicyContracts.Corrector() {
            @Override
            public Set<String> correctable() {
                return Set.of("account/name", "account/email-address");
            }

            @Override
            public void correct(String person, String element, String value) {
                long id = Long.parseLong(person);
                corrector.correct(id, element.equals("account/name") ? value : null,
                        element.equals("account/email-address") ? value : null);
            }
        };
    }

    private List<String> flow(PolicyContracts.Flow flow) {
        RecordingResponse recording = new RecordingResponse();
        switch (flow) {
            case ANONYMOUS_VISIT -> visits.view(recording.response(), "visitor-1", null);
            case SIGN_IN -> visits.signIn(recording.response(), "session-token");
            case CONSENT_GIVEN -> visits.answerConsent(recording.response(), "visitor-1", true);
            case CONSENT_REFUSED -> visits.answerConsent(recording.response(), "visitor-1", false);
        }
        return recording.setCookies();
    }

    /** Runs the flows that call each recipient's adapter for the person, against recording fakes. */
    private List<String> sent(String recipient, String person) {
        long id = Long.parseLong(person);
        switch (recipient) {
            case "ai-providers" -> {
                List<String> payloads = new ArrayList<>();
                OpenAIClient recordingClient = new OpenAIClient() {
                    @Override
                    public String complete(String model, List<String> messages) {
                        payloads.add(model + " " + messages);
                        return "a reply";
                    }
                };
                database.all(Conversation.class).stream().filter(c -> c.accountId() == id)
                        .forEach(c -> assistant.apply(recordingClient).reply(c));
                return payloads;
            }
            case "infrastructure-providers" -> {
                return List.copyOf(objectStore);
            }
            default -> {
                return null; // this service calls no other recipient
            }
        }
    }
}
