package tech.openfactory.service.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import tech.openfactory.policy.annotations.PersonalData;

/** One line of the security log: who connected from where, and what happened. */
@Entity
@PersonalData(category = "security", element = "authentication-events")
public class SecurityEvent {
    @Id
    private long id;

    private long accountId;
    private Instant at;

    @PersonalData(category = "security", element = "ip-address")
    private String ipAddress;

    @PersonalData(category = "security", element = "user-agent")
    private String userAgent;

    @PersonalData(category = "security", element = "authentication-events")
    private String event;

    @PersonalData(category = "security", element = "service-telemetry")
    private String telemetry;

    protected SecurityEvent() {}

    public SecurityEvent(long id, long accountId, Instant at, String ipAddress, String userAgent, String event,
            String telemetry) {
        this.id = id;
        this.accountId = accountId;
        this.at = at;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.event = event;
        this.telemetry = telemetry;
    }

    public long accountId() {
        return accountId;
    }

    public Instant at() {
        return at;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public String event() {
        return event;
    }

    public String telemetry() {
        return telemetry;
    }
}
