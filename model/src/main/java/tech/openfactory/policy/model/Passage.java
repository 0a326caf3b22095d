package tech.openfactory.policy.model;

/**
 * One piece of prose on the page, keyed by where it lives (ids, not positions, so a reordered list still pairs up)
 * and labelled for a reader of a changelog.
 *
 * @param key   stable location, e.g. {@code collection.categories.account.description}
 * @param label where a reader finds it, e.g. "What we collect › Account information"
 * @param text  the Markdown source, placeholders unfilled
 */
public record Passage(String key, String label, String text) {}
