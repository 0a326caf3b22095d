package tech.openfactory.service.organizations;

import jakarta.persistence.Embeddable;
import tech.openfactory.policy.annotations.PersonalData;

/** That an account belongs to an organization, and with which role. */
@Embeddable
public class Membership {
    @PersonalData(category = "organizations", element = "organization-membership")
    private long accountId;

    @PersonalData(category = "organizations", element = "roles")
    private String role;

    protected Membership() {}

    public Membership(long accountId, String role) {
        this.accountId = accountId;
        this.role = role;
    }

    public long accountId() {
        return accountId;
    }

    public String role() {
        return role;
    }
}
