package tech.openfactory.policy.site;

import java.time.LocalDate;
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

    static String sentence(Change change) {
        return switch (change.type()) {
            case ADDED -> "New " + change.what() + ": " + change.subject();
            case REMOVED -> capitalize(change.what()) + " removed: " + change.subject();
            case CHANGED -> what(change) + ": " + value(change.before(), change.aspect()) + " → "
                    + value(change.after(), change.aspect());
        };
    }

    /** An optional fact's null reads "not stated"; another fact's null reads "none" (no notice period). */
    private static String value(Object value, Change.Aspect aspect) {
        return value == null && aspect.optional() ? "not stated" : value(value);
    }

    /** No default: a new aspect does not compile until it is worded here. */
    private static String what(Change c) {
        String subject = lowerFirst(c.subject());
        return switch (c.aspect()) {
            case KEPT_FOR -> "Retention of " + subject;
            case AFTER_DELETION -> "After deletion of " + subject;
            case DATA_CATEGORY -> "Data category of " + subject;
            case REQUIRED -> capitalize(c.subject()) + " required";
            case RESPONSE_TIME -> "Response time to privacy requests";
            case MINIMUM_AGE -> "Minimum age";
            case NOTICE_PERIOD -> "Notice period for material changes";
            case CONTROLLER -> "Controller";
            case EFFECTIVE_DATE -> "Effective date";
            case LAST_UPDATED -> "Last updated";
            case EMAIL -> "Contact e-mail";
            case WEBSITE -> "Website";
            case CALIFORNIA_CATEGORIES -> "California categories of " + subject;
            case KIND -> "Kind of source " + subject;
            case AUTOMATED_DECISIONS -> "Decisions by automated means only";
            case SOLD -> "Sale of personal information to " + subject;
            case SHARED_FOR_ADVERTISING -> "Sharing with " + subject + " for cross-context behavioral advertising";
            case INTERNATIONAL_TRANSFERS -> "International transfers by " + subject;
            case MECHANISM -> "Transfer mechanism for " + c.subject();
            case UK_MECHANISM -> "UK transfer mechanism for " + c.subject();
            case OPT_OUT_LINK -> "Do Not Sell or Share link";
            case DATA_PROTECTION_OFFICER -> "Data protection officer";
            case EU_REPRESENTATIVE -> "Representative in the EU";
            case UK_REPRESENTATIVE -> "Representative in the UK";
            case SUPERVISORY_AUTHORITY -> "Supervisory authority";
            case ENCRYPTED -> "Encryption of " + subject;
            case HASHED -> "Hashing of " + subject;
            case PROVISION -> "Providing " + subject;
            case SOURCES, LEGAL_BASIS, DATA_CATEGORIES, ROLE -> capitalize(c.aspect().words()) + " of " + subject;
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
