package tech.openfactory.policy.translation;

import tech.openfactory.policy.model.Prose;

/**
 * One unit of a translation file: the translated prose of one passage of the policy.
 *
 * @param key    the passage's key, e.g. {@code collection.categories.account.description} (see {@link UnitKeys})
 * @param source the SHA-256 (lower-case hex) of the English text it was translated from: the passage's Markdown
 *               source with its placeholders unfilled, as {@link Translations#sourceHash(String)} computes it
 * @param text   the translated Markdown, with exactly the placeholders of the English text
 * @param line   1-based line of the unit's key in the file
 * @param column 1-based column of the unit's key
 */
public record TranslatedUnit(String key, String source, String text, int line, int column) {

    /** The text as prose, for the renderer that fills placeholders. */
    public Prose prose() {
        return new Prose(text);
    }
}
