package tech.openfactory.policy.model;

import java.util.List;
import java.util.Optional;

/**
 * A kind of personal data the policy says is collected, e.g. "Account information".
 *
 * @param sources        ids of the {@link Source}s it comes from; null when the policy does not say
 * @param ccpaCategories the California categories it falls under; null when the policy does not say
 * @param provision      whether its elements must be provided; null when the policy does not say
 */
public record DataCategory(String id, String name, Prose description, List<DataElement> elements,
        List<String> sources, List<CcpaCategory> ccpaCategories, Provision provision) {
    public DataCategory {
        elements = List.copyOf(elements);
        sources = sources == null ? null : List.copyOf(sources);
        ccpaCategories = ccpaCategories == null ? null : List.copyOf(ccpaCategories);
    }

    /** A category that states none of the optional facts. */
    public DataCategory(String id, String name, Prose description, List<DataElement> elements) {
        this(id, name, description, elements, null, null, null);
    }

    public Optional<DataElement> element(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }

    /** Whether California law counts it as sensitive personal information. */
    public boolean sensitive() {
        return ccpaCategories != null && ccpaCategories.contains(CcpaCategory.SENSITIVE_PERSONAL_INFORMATION);
    }

    /** The element's provision, or its category's when it states none of its own. */
    public Provision provisionOf(DataElement element) {
        return element.provision() != null ? element.provision() : provision;
    }
}
