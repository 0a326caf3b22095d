package tech.openfactory.policy.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact that prose may show by name, written {@code {{contact.email}}} or, with a form,
 * {@code {{rights.responseTime:compound}}}. The name is the fact's path in the YAML, so a reader of the file
 * knows where the value comes from; the loader rejects names and forms that do not exist.
 */
public enum Placeholder {
    TITLE("title", Policy::title),
    CONTROLLER("controller", Policy::controller),
    EFFECTIVE("effective", Policy::effective),
    LAST_UPDATED("lastUpdated", Policy::lastUpdated),
    CONTACT_EMAIL("contact.email", p -> p.contact().email()),
    CONTACT_WEBSITE("contact.website", p -> p.contact().website()),
    RESPONSE_TIME("rights.responseTime", p -> p.rights().responseTime(), "compound"),
    MINIMUM_AGE("childrenAndChanges.children.minimumAge", p -> p.childrenAndChanges().children().minimumAge());

    /** {@code {{name}}} or {@code {{name:form}}}; spaces inside the braces are allowed. */
    public static final Pattern SYNTAX = Pattern.compile("\\{\\{\\s*([^{}:\\s]*)\\s*(?::\\s*([^{}\\s]*)\\s*)?}}");

    private final String path;
    private final Function<Policy, Object> value;
    private final Set<String> forms;

    Placeholder(String path, Function<Policy, Object> value, String... forms) {
        this.path = path;
        this.value = value;
        this.forms = Set.of(forms);
    }

    /** The YAML path the value is read from, which is also the placeholder's name. */
    public String path() {
        return path;
    }

    /** The value in a given policy: a String, Integer, {@link Period} or {@link java.time.LocalDate}. */
    public Object valueIn(Policy policy) {
        return value.apply(policy);
    }

    /** Forms besides the plain one, e.g. "compound" turns "30 days" into "30-day". */
    public Set<String> forms() {
        return forms;
    }

    public static Optional<Placeholder> named(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Placeholder::path).toList();
    }

    /** One occurrence of {@code {{...}}} in a text, with its character offsets. */
    public record Use(int start, int end, String name, String form) {
        public String source() {
            return "{{" + name + (form == null ? "" : ":" + form) + "}}";
        }
    }

    /** Every {@code {{...}}} in a text, known or not, in order. */
    public static List<Use> find(String text) {
        List<Use> uses = new ArrayList<>();
        Matcher m = SYNTAX.matcher(text);
        while (m.find()) {
            uses.add(new Use(m.start(), m.end(), m.group(1), m.group(2)));
        }
        return uses;
    }
}
