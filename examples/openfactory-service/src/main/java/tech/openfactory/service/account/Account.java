package tech.openfactory.service.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import tech.openfactory.policy.annotations.PersonalData;

/** A person's OpenFactory account. */
@Entity
public class Account {
    @Id
    private long id;

    @PersonalData(category = "account", element = "name")
    private String name;

    @PersonalData(category = "account", element = "email-address")
    private String email;

    @PersonalData(category = "account", element = "profile-image")
    private String profileImageUrl;

    @PersonalData(category = "account", element = "authentication-identifiers")
    private String authSubject;

    protected Account() {}

    public Account(long id, String name, String email, String profileImageUrl, String authSubject) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.profileImageUrl = profileImageUrl;
        this.authSubject = authSubject;
    }

    public long id() {
        return id;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String profileImageUrl() {
        return profileImageUrl;
    }

    public String authSubject() {
        return authSubject;
    }
}
