package tech.openfactory.policy.translation;

import tech.openfactory.policy.model.Prose;

/**
 * What a translated page shows for one passage of the policy.
 *
 * @param key       the passage's key, e.g. {@code summary.text}
 * @param label     where a reader finds it, in English (from {@link tech.openfactory.policy.model.Passage})
 * @param text      the Markdown to render, placeholders unfilled: the translation when current, else the English
 * @param inEnglish true when {@code text} is the English text (missing, stale or mismatched translation): the page
 *                  marks it with {@code lang="en"} and, when stale, a note that the translation is being updated
 * @param state     why
 */
public record ShownUnit(String key, String label, String text, boolean inEnglish, UnitState state) {

    public Prose prose() {
        return new Prose(text);
    }

    /** A translation exists but is out of date: the page says the English text changed. */
    public boolean stale() {
        return state == UnitState.STALE;
    }
}
