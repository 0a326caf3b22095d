package tech.openfactory.policy.translation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One translation file, {@code translations/<locale>.yaml} (living) or {@code versions/<version>/<locale>.yaml}
 * (frozen with a published version), as {@link TranslationLoader} read it.
 *
 * @param file      the file as named when loaded, for problems
 * @param tag       its BCP 47 language tag, e.g. {@code de} or {@code fr-CA}; also the file's name
 * @param language  the language's name in the language itself, e.g. "Deutsch", for the language switch
 * @param sha256    the SHA-256 of the file's bytes, as {@code versions.lock} records it for a frozen translation
 * @param units     the translated units, in file order
 * @param unitsLine 1-based line of the {@code units:} key, where a missing unit is to be added
 */
public record Translation(String file, String tag, String language, String sha256, List<TranslatedUnit> units,
        int unitsLine) {
    /** Languages written right to left, by ISO 639 code, when the tag names no script. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps",
            "sd", "syr", "ug", "ur", "yi");
    /** Scripts written right to left, by ISO 15924 code. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Syrc",
            "Thaa");

    public Translation {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** The locale the tag names. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public Optional<TranslatedUnit> unit(String key) {
        return units.stream().filter(u -> u.key().equals(key)).findFirst();
    }

    /** True for a language written right to left, e.g. Arabic; the page sets {@code dir="rtl"}. */
    public boolean rightToLeft() {
        Locale locale = locale();
        return locale.getScript().isEmpty() ? RTL_LANGUAGES.contains(locale.getLanguage())
                : RTL_SCRIPTS.contains(locale.getScript());
    }

    /** {@code rtl} or {@code ltr}, the value of HTML's {@code dir} attribute. */
    public String direction() {
        return rightToLeft() ? "rtl" : "ltr";
    }
}
