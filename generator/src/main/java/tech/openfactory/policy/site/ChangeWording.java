package tech.openfactory.policy.site;

import java.time.LocalDate;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Change;
import tech.openfactory.policy.model.KeptFor;

/**
 * A changed fact in one plain sentence, with values worded as the page words them:
 * "Retention of security logs: Typically 60 days → Typically 90 days", "New recipient: Payment processors".
 */
final class ChangeWording {
    private ChangeWording() {}

    static String sentence(Change change) {
        return switch (change.type()) {
            case ADDED -> "New " + change.noun() + ": " + change.subject();
            case REMOVED -> capitalize(change.noun()) + " removed: " + change.subject();
            case CHANGED -> what(change) + ": " + value(change.before()) + " → " + value(change.after());
        };
    }

    private static String what(Change c) {
        String subject = lowerFirst(c.subject());
        return switch (c.noun() + "/" + c.aspect()) {
            case "retention rule/kept for" -> "Retention of " + subject;
            case "retention rule/after deletion" -> "After deletion of " + subject;
            case "retention rule/data category" -> "Data category of " + subject;
            case "cookie/required" -> capitalize(c.subject()) + " required";
            case "requests/response time" -> "Response time to privacy requests";
            case "children/minimum age" -> "Minimum age";
            case "policy changes/notice period" -> "Notice period for material changes";
            case "policy/controller" -> "Controller";
            case "policy/effective date" -> "Effective date";
            case "contact/e-mail" -> "Contact e-mail";
            case "contact/website" -> "Website";
            default -> c.aspect().equals("encrypted") ? "Encryption of " + subject
                    : c.aspect().equals("hashed") ? "Hashing of " + subject
                    : capitalize(c.aspect()) + " of " + subject;
        };
    }

    static String value(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof KeptFor k) {
            return RetentionWording.keptFor(k);
        }
        if (value instanceof AfterDeletion a) {
            return RetentionWording.afterDeletion(a);
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof java.util.List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (value instanceof LocalDate d) {
            return ProseRenderer.LONG_DATE.format(d);
        }
        return value.toString();
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Security logs" reads "security logs" mid-sentence; "ISO images" stays as it is. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
