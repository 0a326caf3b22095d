package tech.openfactory.policy.model;

import java.util.function.Function;

/**
 * The numbered sections of the policy, in page order: §1 is what is collected. The page numbers its sections in
 * this order and the compliance rules cite them by these numbers.
 */
public enum Section {
    COLLECTION("collection", p -> p.collection().title()),
    USE("use", p -> p.use().title()),
    RESTRICTIONS("restrictions", p -> p.restrictions().title()),
    SHARING("sharing", p -> p.sharing().title()),
    RETENTION("retention", p -> p.retention().title()),
    RIGHTS("rights", p -> p.rights().title()),
    SECURITY("security", p -> p.security().title()),
    COOKIES("cookies", p -> p.cookies().title()),
    CHILDREN_AND_CHANGES("childrenAndChanges", p -> p.childrenAndChanges().title()),
    CONTACT("contact", p -> p.contact().title());

    private final String key;
    private final Function<Policy, String> title;

    Section(String key, Function<Policy, String> title) {
        this.key = key;
        this.title = title;
    }

    /** The section's key in the YAML. */
    public String key() {
        return key;
    }

    /** The section's anchor on the page: its key in kebab case, e.g. children-and-changes. */
    public String anchor() {
        return key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** 1 for collection, 10 for contact. */
    public int number() {
        return ordinal() + 1;
    }

    public String title(Policy policy) {
        return title.apply(policy);
    }

    /** "§5 Retention". */
    public String cite(Policy policy) {
        return "§" + number() + " " + title(policy);
    }

    public static java.util.Optional<Section> of(String key) {
        for (Section section : values()) {
            if (section.key.equals(key)) {
                return java.util.Optional.of(section);
            }
        }
        return java.util.Optional.empty();
    }
}
