package tech.openfactory.policy.compliance.rules;

import java.util.Optional;
import java.util.stream.Collectors;
import tech.openfactory.policy.model.DataCategory;
import tech.openfactory.policy.model.Policy;

/** Looking up the policy's data categories, as several rules do. */
final class Categories {
    private Categories() {}

    static Optional<DataCategory> byId(Policy policy, String id) {
        return policy.collection().categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static String ids(Policy policy) {
        return policy.collection().categories().stream().map(DataCategory::id).collect(Collectors.joining(", "));
    }
}
