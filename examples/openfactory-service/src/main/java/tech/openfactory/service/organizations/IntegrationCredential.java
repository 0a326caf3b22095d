package tech.openfactory.service.organizations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import tech.openfactory.policy.annotations.Encrypted;
import tech.openfactory.policy.annotations.NotPersonal;
import tech.openfactory.policy.annotations.PersonalData;

/** A token for a service a person connected for their organization; stored encrypted. */
@Entity
@PersonalData(category = "organizations", element = "integration-credentials")
public class IntegrationCredential {
    @Id
    private long id;

    private long organizationId;
    private long connectedBy;

    @NotPersonal("the name of the connected service, such as github or gitlab, chosen from a list")
    private String service;

    @Encrypted
    @PersonalData(category = "organizations", element = "integration-credentials")
    private byte[] secret;

    protected IntegrationCredential() {}

    public IntegrationCredential(long id, long organizationId, long connectedBy, String service, byte[] secret) {
        this.id = id;
        this.organizationId = organizationId;
        this.connectedBy = connectedBy;
        this.service = service;
        this.secret = secret.clone();
    }

    public long connectedBy() {
        return connectedBy;
    }

    public String service() {
        return service;
    }

    /** The secret as stored (encrypted at rest by the column converter in a deployment). */
    public byte[] secret() {
        return secret.clone();
    }
}
