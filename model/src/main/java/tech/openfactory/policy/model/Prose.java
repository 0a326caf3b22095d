package tech.openfactory.policy.model;

/**
 * Text legal writes: Markdown that may show a fact of the policy with a placeholder such as
 * {@code {{contact.email}}} (see {@link Placeholder}). Rendering is the generator's business, not the model's.
 */
public record Prose(String markdown) {
    @Override
    public String toString() {
        return markdown;
    }
}
