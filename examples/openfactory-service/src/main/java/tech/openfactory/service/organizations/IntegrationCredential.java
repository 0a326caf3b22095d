package tech.openfactory.service.organizations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import tech.openfactory.policy.annotations.Encrypted;
import tech.openfactory.policy.annotations.NotPersonal;
import tech.openfactory.policy.annotations.PersonalData;

/** A token for a service an organization connected; stored encrypted. */
@Entity
public class IntegrationCredential {
    @Id
    private long id;

    private long organizationId;
    @NotPersonal("the name of the connected service, such as github or gitlab, chosen from a list")
    private String service;

    @Encrypted
    @PersonalData(category = "organizations", element = "integration-credentials")
    private byte[] secret;
}
