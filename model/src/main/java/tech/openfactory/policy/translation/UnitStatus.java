package tech.openfactory.policy.translation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.openfactory.policy.model.Passage;
import tech.openfactory.policy.model.Placeholder;

/**
 * One unit of the English policy or of a translation, and where the translation stands for it.
 *
 * @param key         the passage's key, e.g. {@code summary.text}
 * @param state       current, missing, stale, placeholder mismatch or orphaned
 * @param english     the English passage; null when orphaned
 * @param translation the translated unit; null when missing
 */
public record UnitStatus(String key, UnitState state, Passage english, TranslatedUnit translation) {

    /** The SHA-256 of the English text, the {@code source:} a translation of it records; null when orphaned. */
    public String englishSource() {
        return english == null ? null : Translations.sourceHash(english.text());
    }

    /** The distinct placeholders of the English text, as written in canonical form ({@code {{name:form}}}). */
    public Set<String> englishPlaceholders() {
        return english == null ? Set.of() : placeholders(english.text());
    }

    /** The distinct placeholders of the translated text. */
    public Set<String> translatedPlaceholders() {
        return translation == null ? Set.of() : placeholders(translation.text());
    }

    static Set<String> placeholders(String text) {
        List<String> uses = Placeholder.find(text).stream().map(Placeholder.Use::source).toList();
        return java.util.Collections.unmodifiableSet(new TreeSet<>(uses));
    }
}
