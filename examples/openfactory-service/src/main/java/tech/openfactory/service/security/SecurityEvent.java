package tech.openfactory.service.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import tech.openfactory.policy.annotations.PersonalData;

/** One line of the security log: who connected from where, and what happened. */
@Entity
public class SecurityEvent {
    @Id
    private long id;

    private Instant at;

    @PersonalData(category = "security", element = "ip-address")
    private String ipAddress;

    @PersonalData(category = "security", element = "user-agent")
    private String userAgent;

    @PersonalData(category = "security", element = "authentication-events")
    private String event;

    @PersonalData(category = "security", element = "service-telemetry")
    private String telemetry;

    public Instant at() {
        return at;
    }
}
