package tech.openfactory.policy.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keys a translation unit may have: the keys of {@link tech.openfactory.policy.model.PolicyText#passages}, in
 * which {@code <id>} stands for the kebab-case id of a list item (a category, purpose, commitment, recipient, rule,
 * right or cookie). Ids, never positions, so a reordered list keeps its translations.
 *
 * <p>A key of this form whose id the policy does not have is orphaned (reported by {@link TranslationStatus}); a key
 * of no form here is refused when the file is loaded.
 */
public final class UnitKeys {
    /** A kebab-case id, as the policy writes them. */
    public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final List<String> TEMPLATES = List.of(
            "title",
            "summary.title", "summary.text",
            "intro",
            "collection.title", "collection.intro",
            "collection.categories.<id>.name", "collection.categories.<id>.description",
            "use.title", "use.purposes.<id>.name", "use.purposes.<id>.description",
            "restrictions.title", "restrictions.commitments.<id>",
            "sharing.title", "sharing.intro",
            "sharing.recipients.<id>.name", "sharing.recipients.<id>.description",
            "retention.title", "retention.intro", "retention.rules.<id>.label", "retention.note",
            "rights.title", "rights.rights.<id>.name", "rights.rights.<id>.description", "rights.requests",
            "security.title", "security.commitments.<id>",
            "cookies.title", "cookies.intro", "cookies.cookies.<id>.name", "cookies.cookies.<id>.purpose",
            "cookies.note",
            "childrenAndChanges.title",
            "childrenAndChanges.children.title", "childrenAndChanges.children.text",
            "childrenAndChanges.changes.title", "childrenAndChanges.changes.text",
            "contact.title", "contact.intro", "contact.note");

    private static final String REGEX = "^(" + String.join("|", TEMPLATES.stream().map(UnitKeys::regexOf).toList())
            + ")$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private UnitKeys() {}

    /** Every form of key, e.g. {@code collection.categories.<id>.description}, in page order. */
    public static List<String> templates() {
        return TEMPLATES;
    }

    /** The regular expression every unit key matches; the JSON Schema's {@code propertyNames} holds the same. */
    public static String regex() {
        return REGEX;
    }

    public static boolean isUnitKey(String key) {
        return PATTERN.matcher(key).matches();
    }

    /**
     * The keys someone who wrote {@code key} may have meant: each form, with the ids written in {@code key} put in
     * where the form has {@code <id>} (so {@code use.purpose.billing.name} suggests {@code use.purposes.billing.name}).
     */
    public static List<String> candidates(String key) {
        String[] typed = key.split("\\.", -1);
        List<String> out = new ArrayList<>();
        for (String template : TEMPLATES) {
            String[] parts = template.split("\\.");
            if (parts.length == typed.length) {
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].equals("<id>")) {
                        parts[i] = typed[i];
                    }
                }
            }
            out.add(String.join(".", parts));
        }
        return out;
    }

    /** The form a key has, e.g. {@code restrictions.commitments.<id>} for {@code restrictions.commitments.no-sale}. */
    public static java.util.Optional<String> templateOf(String key) {
        return TEMPLATES.stream().filter(t -> key.matches("^" + regexOf(t) + "$")).findFirst();
    }

    /** The id written in a key, e.g. {@code no-sale}; null for a key whose form has none, or not a unit key. */
    public static String idOf(String key) {
        String template = templateOf(key).orElse(null);
        if (template == null) {
            return null;
        }
        List<String> parts = List.of(template.split("\\."));
        int at = parts.indexOf("<id>");
        return at < 0 ? null : key.split("\\.")[at];
    }

    private static String regexOf(String template) {
        return template.replace(".", "\\.").replace("<id>", ID.replace("(", "(?:"));
    }
}
