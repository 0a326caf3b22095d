package tech.openfactory.policy.site;

import java.time.LocalDate;
import java.util.Set;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Appointment;
import tech.openfactory.policy.model.Change;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.SupervisoryAuthority;

/**
 * A changed fact in one plain sentence, with values worded as the page words them:
 * "Retention of security logs: Typically 60 days → Typically 90 days", "New recipient: Payment processors",
 * "Legal basis of send the newsletter: not stated → your consent".
 */
final class ChangeWording {
    private ChangeWording() {}

    /**
     * The aspects of the legal facts, which a policy may leave unstated: their null reads "not stated", where the
     * older facts' null reads "none" (no notice period).
     */
    static final Set<String> STATED_OR_NOT = Set.of("sources", "California categories", "provision", "kind",
            "legal basis", "data categories", "automated decisions", "role", "sold", "shared for advertising",
            "international transfers", "mechanism", "UK mechanism", "opt-out link", "data protection officer",
            "EU representative", "UK representative", "supervisory authority");

    static String sentence(Change change) {
        return switch (change.type()) {
            case ADDED -> "New " + change.noun() + ": " + change.subject();
            case REMOVED -> capitalize(change.noun()) + " removed: " + change.subject();
            case CHANGED -> what(change) + ": " + value(change.before(), change.aspect()) + " → "
                    + value(change.after(), change.aspect());
        };
    }

    private static String value(Object value, String aspect) {
        return value == null && STATED_OR_NOT.contains(aspect) ? "not stated" : value(value);
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
            case "data category/California categories" -> "California categories of " + subject;
            case "source/kind" -> "Kind of source " + subject;
            case "automated decisions/automated decisions" -> "Decisions by automated means only";
            case "recipient/sold" -> "Sale of personal information to " + subject;
            case "recipient/shared for advertising" -> "Sharing with " + subject
                    + " for cross-context behavioral advertising";
            case "recipient/international transfers" -> "International transfers by " + subject;
            case "international transfer/mechanism" -> "Transfer mechanism for " + c.subject();
            case "international transfer/UK mechanism" -> "UK transfer mechanism for " + c.subject();
            case "sharing/opt-out link" -> "Do Not Sell or Share link";
            case "contact/data protection officer" -> "Data protection officer";
            case "contact/EU representative" -> "Representative in the EU";
            case "contact/UK representative" -> "Representative in the UK";
            case "contact/supervisory authority" -> "Supervisory authority";
            default -> c.aspect().equals("encrypted") ? "Encryption of " + subject
                    : c.aspect().equals("hashed") ? "Hashing of " + subject
                    : c.aspect().equals("provision") ? "Providing " + subject
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
            java.util.List<String> items = list.stream().map(ChangeWording::value).toList();
            // Names that hold commas themselves ("You, when you sign up") are told apart by semicolons.
            return items.isEmpty() ? "none" : String.join(items.stream().anyMatch(i -> i.contains(",")) ? "; " : ", ", items);
        }
        String legal = LegalWording.words(value);
        if (legal != null) {
            return legal;
        }
        if (value instanceof Appointment a) {
            return !a.appointed() ? "none appointed" : a.name() + (a.email() == null ? "" : ", " + a.email())
                    + (a.address() == null ? "" : ", " + a.address());
        }
        if (value instanceof SupervisoryAuthority s) {
            return s.name() + (s.website() == null ? "" : ", " + s.website());
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
