package tech.openfactory.policy.site;

import java.util.List;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.KeptFor;

/**
 * The words of the retention table, made from the structured facts, so that the page and the code checks read
 * the same number: {@code {upTo: 90 days, after: build}} reads "Up to 90 days after build".
 */
final class RetentionWording {
    private RetentionWording() {}

    static String keptFor(KeptFor keptFor) {
        if (keptFor instanceof KeptFor.While w) {
            return switch (w.condition()) {
                case ACCOUNT_EXISTS -> "While the account exists";
            };
        }
        if (keptFor instanceof KeptFor.UpTo upTo) {
            return "Up to " + upTo.period()
                    + (upTo.after() == null ? "" : " after " + upTo.after())
                    + (upTo.when() == null ? "" : " when " + upTo.when());
        }
        return "Typically " + ((KeptFor.Typically) keptFor).period();
    }

    static String afterDeletion(AfterDeletion afterDeletion) {
        if (afterDeletion instanceof AfterDeletion.RemovedWithin r) {
            return "Removed within " + r.period();
        }
        if (afterDeletion instanceof AfterDeletion.PurgedAutomatically) {
            return "Purged automatically";
        }
        return "Retained as required by " + orList(((AfterDeletion.RetainedAsRequiredBy) afterDeletion).obligations());
    }

    /** "law", "law or contract", "law, regulation or contract". */
    static String orList(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
