package tech.openfactory.service.organizations;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import tech.openfactory.policy.annotations.Exempt;

/** A team: its members and their roles. */
@Entity
public class Organization {
    @Id
    private long id;

    @Exempt(rule = "undeclared-personal-data", reason = "an organization's name, not a person's")
    private String name;

    @ElementCollection
    private List<Membership> members = new ArrayList<>();

    protected Organization() {}

    public Organization(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Membership> members() {
        return List.copyOf(members);
    }

    public void join(Membership membership) {
        members.add(membership);
    }

    public void leave(long accountId) {
        members.removeIf(m -> m.accountId() == accountId);
    }
}
