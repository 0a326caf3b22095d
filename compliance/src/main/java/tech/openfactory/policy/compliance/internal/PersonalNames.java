package tech.openfactory.policy.compliance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Field names that say "personal data": the kit's default words, which a policy can extend
 * ({@code code.personalDataNames}). A guess by name, and every message that rests on it says so.
 */
public final class PersonalNames {
    /** Matched anywhere in the name, case and underscores ignored: "primaryEmail", "phone_number". */
    static final List<String> DEFAULT_WORDS = List.of("email", "phone", "mobile", "address", "ipaddr", "remoteaddr",
            "clientip", "useragent", "firstname", "lastname", "fullname", "displayname", "givenname", "familyname",
            "middlename", "surname", "username", "realname", "birthdate", "dateofbirth", "birthday", "ssn",
            "socialsecurity", "passport", "taxid", "nationalid", "driverslicense", "iban", "creditcard", "cardnumber");
    /** Matched only as the whole name: a field called "name" or "ip" in a persisted type. */
    static final List<String> DEFAULT_WHOLE = List.of("name", "ip", "dob");

    /** IP addresses and user agents: the security data the policy keeps in one category. */
    static final List<String> SECURITY_WORDS = List.of("ipaddr", "remoteaddr", "clientip", "useragent");
    static final List<String> SECURITY_WHOLE = List.of("ip");

    private final List<String> words;

    public PersonalNames(List<String> extraWords) {
        List<String> all = new ArrayList<>(DEFAULT_WORDS);
        extraWords.forEach(w -> all.add(normalize(w)));
        this.words = List.copyOf(all);
    }

    /** The word the name matched, if it looks personal. */
    public Optional<String> match(String fieldName) {
        return match(fieldName, words, DEFAULT_WHOLE);
    }

    /** The word the name matched, if it looks like an IP address or a user agent. */
    static Optional<String> securityMatch(String fieldName) {
        return match(fieldName, SECURITY_WORDS, SECURITY_WHOLE);
    }

    private static Optional<String> match(String fieldName, List<String> words, List<String> whole) {
        String name = normalize(fieldName);
        if (whole.contains(name)) {
            return Optional.of(name);
        }
        return words.stream().filter(name::contains).findFirst();
    }

    static String normalize(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
