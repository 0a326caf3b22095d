package tech.openfactory.policy.model;

import java.util.List;

/**
 * Why data is used, e.g. "Run the service".
 *
 * @param categories         ids of the data categories the purpose uses; null when the policy does not say
 * @param legalBasis         the basis the processing relies on; null when the policy does not say
 * @param legitimateInterest the interest pursued, stated when the basis is legitimate interests; otherwise null
 */
public record Purpose(String id, String name, Prose description, List<String> categories, LegalBasis legalBasis,
        Prose legitimateInterest) {
    public Purpose {
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** A purpose that states none of the optional facts. */
    public Purpose(String id, String name, Prose description) {
        this(id, name, description, null, null, null);
    }
}
