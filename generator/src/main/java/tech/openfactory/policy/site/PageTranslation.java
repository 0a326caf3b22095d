package tech.openfactory.policy.site;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tech.openfactory.policy.model.PublishedVersion;

/**
 * What the site reads of one translation of one version of the policy (the model's translation frozen with the
 * version, or the living one while nothing is published), made by {@link SiteTranslations}.
 *
 * @param locale         the language, e.g. {@code de}
 * @param name           the language's name in itself, "Deutsch", for the language switch
 * @param rightToLeft    whether the language is written right to left: the page gets {@code dir="rtl"}
 * @param matches        the English version the translation matches (no translated unit is stale against it); null
 *                       for the living policy's page, or when no version qualifies
 * @param translatedUnit a unit's translated text by its {@link tech.openfactory.policy.model.PolicyText} key, when
 *                       current; empty when the page shows the English text (missing, stale, or a passage
 *                       translations do not cover, such as the legal facts' prose)
 * @param stale          the units shown in English because their English text changed since they were translated
 */
record PageTranslation(Locale locale, String name, boolean rightToLeft, PublishedVersion matches,
        Function<String, Optional<String>> translatedUnit, Set<String> stale) {
    PageTranslation {
        stale = Set.copyOf(stale);
    }

    String tag() {
        return locale.toLanguageTag();
    }
}
