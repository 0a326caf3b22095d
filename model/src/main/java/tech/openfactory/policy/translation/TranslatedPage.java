package tech.openfactory.policy.translation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of every passage of one policy in one language, as the page renderer shows it: made by {@link
 * TranslationStatus#page(StalePolicy)}.
 *
 * @param translation the translation it comes from
 * @param units       one per passage of the English policy, in page order
 */
public record TranslatedPage(Translation translation, List<ShownUnit> units) {

    public TranslatedPage {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public Optional<ShownUnit> unit(String key) {
        return units.stream().filter(u -> u.key().equals(key)).findFirst();
    }

    /** The units by key, in page order (for templates: {@code page.byKey["summary.text"].text}). */
    public Map<String, ShownUnit> byKey() {
        Map<String, ShownUnit> map = new LinkedHashMap<>();
        units.forEach(u -> map.put(u.key(), u));
        return Collections.unmodifiableMap(map);
    }

    /** The units shown in English, in page order: empty for a complete, current translation. */
    public List<ShownUnit> inEnglish() {
        return units.stream().filter(ShownUnit::inEnglish).toList();
    }

    /** The units shown in English because their translation is stale. */
    public List<ShownUnit> stale() {
        return units.stream().filter(ShownUnit::stale).toList();
    }
}
