package tech.openfactory.policy.model;

import java.util.List;

/**
 * A right a person can exercise, e.g. "Access".
 *
 * @param enforcedBy what code must exist for it, or null when no code does (e.g. objection)
 * @param categories ids of the categories it covers; empty means every category
 */
public record Right(String id, String name, Prose description, Handler enforcedBy, List<String> categories) {

    /** The kinds of code that carry out a right. */
    public enum Handler {
        ERASER, EXPORTER, CORRECTOR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
