package tech.openfactory.policy.model;

import java.util.List;

/** What happens to data once it is deleted or its period ends: exactly one of the forms below. */
public sealed interface AfterDeletion {

    /** {@code {removedWithin: 30 days}}. */
    record RemovedWithin(Period period) implements AfterDeletion {}

    /** {@code {purged: automatically}}: a job removes it without anyone asking. */
    record PurgedAutomatically() implements AfterDeletion {}

    /** {@code {retainedAsRequiredBy: [law, contract]}}: kept while an obligation demands it. */
    record RetainedAsRequiredBy(List<String> obligations) implements AfterDeletion {
        public RetainedAsRequiredBy {
            obligations = List.copyOf(obligations);
        }
    }
}
