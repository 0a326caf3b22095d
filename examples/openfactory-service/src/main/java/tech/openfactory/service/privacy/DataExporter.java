package tech.openfactory.service.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.openfactory.policy.annotations.Exporter;
import tech.openfactory.service.account.Account;
import tech.openfactory.service.builds.Build;
import tech.openfactory.service.builds.IsoImage;
import tech.openfactory.service.builds.Recipe;
import tech.openfactory.service.conversations.Conversation;
import tech.openfactory.service.organizations.IntegrationCredential;
import tech.openfactory.service.organizations.Membership;
import tech.openfactory.service.organizations.Organization;
import tech.openfactory.service.security.SecurityEvent;
import tech.openfactory.service.storage.Database;

/**
 * Answers access and portability requests: a copy of a person's data, by section of the download (the policy's
 * category/element), each with the values stored.
 */
@Exporter({"account", "builds", "conversations", "security", "organizations"})
public class DataExporter {
    private final Database database;

    public DataExporter(Database database) {
        this.database = database;
    }

    public Map<String, List<String>> export(long accountId) {
        Map<String, List<String>> export = new TreeMap<>();
        export.putAll(account(accountId));
        export.putAll(builds(accountId));
        export.putAll(conversations(accountId));
        export.putAll(security(accountId));
        export.putAll(organizations(accountId));
        return export;
    }

    protected Map<String, List<String>> account(long accountId) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Account a : database.all(Account.class)) {
            if (a.id() == accountId) {
                add(out, "account/name", a.name());
                add(out, "account/email-address", a.email());
                add(out, "account/profile-image", a.profileImageUrl());
                add(out, "account/authentication-identifiers", a.authSubject());
            }
        }
        return out;
    }

    protected Map<String, List<String>> builds(long accountId) {
        Map<String, List<String>> out = new TreeMap<>();
        database.all(Recipe.class).stream().filter(r -> r.ownerId() == accountId)
                .forEach(r -> add(out, "builds/recipes", r.content()));
        List<Build> builds = database.all(Build.class).stream().filter(b -> b.accountId() == accountId).toList();
        for (Build b : builds) {
            add(out, "builds/build-settings", b.settings());
            add(out, "builds/build-logs", b.log());
            add(out, "builds/test-results", b.testResults());
        }
        Set<Long> ids = builds.stream().map(Build::id).collect(Collectors.toSet());
        database.all(IsoImage.class).stream().filter(i -> ids.contains(i.buildId()))
                .forEach(i -> add(out, "builds/generated-images", i.storageKey()));
        return out;
    }

    protected Map<String, List<String>> conversations(long accountId) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Conversation c : database.all(Conversation.class)) {
            if (c.accountId() == accountId) {
                c.messages().forEach(m -> add(out, "conversations/conversation", m));
                c.drafts().forEach(d -> add(out, "conversations/draft-artifacts", d));
            }
        }
        return out;
    }

    protected Map<String, List<String>> security(long accountId) {
        Map<String, List<String>> out = new TreeMap<>();
        for (SecurityEvent e : database.all(SecurityEvent.class)) {
            if (e.accountId() == accountId) {
                add(out, "security/ip-address", e.ipAddress());
                add(out, "security/user-agent", e.userAgent());
                add(out, "security/authentication-events", e.event());
                add(out, "security/service-telemetry", e.telemetry());
            }
        }
        return out;
    }

    protected Map<String, List<String>> organizations(long accountId) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Organization o : database.all(Organization.class)) {
            for (Membership m : o.members()) {
                if (m.accountId() == accountId) {
                    add(out, "organizations/organization-membership", o.name());
                    add(out, "organizations/roles", m.role());
                }
            }
        }
        Function<byte[], String> text = bytes -> new String(bytes, StandardCharsets.UTF_8);
        database.all(IntegrationCredential.class).stream().filter(c -> c.connectedBy() == accountId)
                .forEach(c -> add(out, "organizations/integration-credentials", c.service() + ": " + text.apply(c.secret())));
        return out;
    }

    private static void add(Map<String, List<String>> out, String key, String value) {
        if (value != null) {
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }
}
