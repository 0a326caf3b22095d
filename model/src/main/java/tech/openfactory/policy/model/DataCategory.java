package tech.openfactory.policy.model;

import java.util.List;
import java.util.Optional;

/** A kind of personal data the policy says is collected, e.g. "Account information". */
public record DataCategory(String id, String name, Prose description, List<DataElement> elements) {
    public Optional<DataElement> element(String elementId) {
        return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
    }
}
