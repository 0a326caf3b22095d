package tech.openfactory.policy.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The YAML word of an enum constant and back, shared by the enums of facts. */
final class Words {
    private Words() {}

    static <E> Optional<E> of(E[] values, String id, Function<E, String> word) {
        return Arrays.stream(values).filter(v -> word.apply(v).equals(id)).findFirst();
    }

    static <E> String ids(E[] values, Function<E, String> word) {
        return Arrays.stream(values).map(word).collect(Collectors.joining(", "));
    }
}
