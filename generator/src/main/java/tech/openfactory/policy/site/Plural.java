package tech.openfactory.policy.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plural forms a language has and which one a whole number takes, from the Unicode CLDR plural rules (for
 * integers only: the policy's periods are whole numbers). A message that counts ("{amount} days") is written once
 * per form of its language in the bundle: {@code period.days.one}, {@code period.days.other}, and for Arabic also
 * {@code zero}, {@code two}, {@code few} and {@code many}. A language without rules here fails the build; add its
 * rules from https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html.
 */
enum Plural {
    ZERO, ONE, TWO, FEW, MANY, OTHER;

    /** The CLDR name of the form: "one", "few". */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final List<Plural> ONE_OTHER = List.of(ONE, OTHER);
    private static final List<Plural> ONLY_OTHER = List.of(OTHER);
    private static final List<Plural> SLAVIC = List.of(ONE, FEW, MANY, OTHER);

    private static final Map<String, List<Plural>> FORMS = Map.ofEntries(
            Map.entry("en", ONE_OTHER), Map.entry("de", ONE_OTHER), Map.entry("nl", ONE_OTHER),
            Map.entry("sv", ONE_OTHER), Map.entry("da", ONE_OTHER), Map.entry("nb", ONE_OTHER),
            Map.entry("no", ONE_OTHER), Map.entry("fi", ONE_OTHER), Map.entry("et", ONE_OTHER),
            Map.entry("el", ONE_OTHER), Map.entry("hu", ONE_OTHER), Map.entry("tr", ONE_OTHER),
            Map.entry("bg", ONE_OTHER), Map.entry("it", List.of(ONE, MANY, OTHER)),
            Map.entry("es", List.of(ONE, MANY, OTHER)), Map.entry("pt", List.of(ONE, MANY, OTHER)),
            Map.entry("fr", List.of(ONE, MANY, OTHER)), Map.entry("ca", List.of(ONE, MANY, OTHER)),
            Map.entry("fa", ONE_OTHER), Map.entry("ur", ONE_OTHER), Map.entry("hi", ONE_OTHER),
            Map.entry("he", List.of(ONE, TWO, OTHER)), Map.entry("ar", List.of(ZERO, ONE, TWO, FEW, MANY, OTHER)),
            Map.entry("ru", SLAVIC), Map.entry("uk", SLAVIC), Map.entry("pl", SLAVIC),
            Map.entry("cs", List.of(ONE, FEW, MANY, OTHER)), Map.entry("ja", ONLY_OTHER),
            Map.entry("zh", ONLY_OTHER), Map.entry("ko", ONLY_OTHER), Map.entry("vi", ONLY_OTHER),
            Map.entry("th", ONLY_OTHER), Map.entry("id", ONLY_OTHER), Map.entry("ms", ONLY_OTHER));

    /** Whether the rules of a language are known. */
    static boolean known(Locale locale) {
        return FORMS.containsKey(locale.getLanguage());
    }

    /** The forms of a language, in CLDR order. */
    static List<Plural> forms(Locale locale) {
        List<Plural> forms = FORMS.get(locale.getLanguage());
        if (forms == null) {
            throw new IllegalArgumentException("no plural rules for the language '" + locale.getLanguage()
                    + "'; add them to " + Plural.class.getName() + " from the Unicode CLDR");
        }
        return forms;
    }

    /** The form a whole number {@code n} (at least 0) takes in a language. */
    static Plural of(Locale locale, int n) {
        forms(locale);
        int mod10 = n % 10;
        int mod100 = n % 100;
        return switch (locale.getLanguage()) {
            case "ja", "zh", "ko", "vi", "th", "id", "ms" -> OTHER;
            case "fr" -> n == 0 || n == 1 ? ONE : n != 0 && n % 1_000_000 == 0 ? MANY : OTHER;
            case "pt" -> n == 0 || n == 1 ? ONE : n != 0 && n % 1_000_000 == 0 ? MANY : OTHER;
            case "it", "es", "ca" -> n == 1 ? ONE : n != 0 && n % 1_000_000 == 0 ? MANY : OTHER;
            case "fa", "hi" -> n == 0 || n == 1 ? ONE : OTHER;
            case "he" -> n == 1 ? ONE : n == 2 ? TWO : OTHER;
            case "ar" -> n == 0 ? ZERO : n == 1 ? ONE : n == 2 ? TWO : mod100 >= 3 && mod100 <= 10 ? FEW
                    : mod100 >= 11 ? MANY : OTHER;
            case "ru", "uk" -> mod10 == 1 && mod100 != 11 ? ONE
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? FEW : MANY;
            case "pl" -> n == 1 ? ONE : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? FEW : MANY;
            case "cs" -> n == 1 ? ONE : n >= 2 && n <= 4 ? FEW : OTHER;
            default -> n == 1 ? ONE : OTHER;
        };
    }
}
