package tech.openfactory.policy.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.openfactory.policy.model.Passage;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyText;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.model.internal.TranslationReader;

/**
 * Where one translation stands against one English policy (the living one, or a published version for its frozen
 * translations), unit by unit.
 *
 * <ul>
 * <li>{@link UnitState#CURRENT}: its {@code source} is the SHA-256 of the English text and it uses the same
 * placeholders;</li>
 * <li>{@link UnitState#MISSING}: the English unit has no translation;</li>
 * <li>{@link UnitState#STALE}: the English text changed since it was translated (a fact changed through its
 * placeholder changes no text, so it never makes a unit stale);</li>
 * <li>{@link UnitState#PLACEHOLDER_MISMATCH}: current, but the distinct placeholders differ from the English ones
 * (order and repetition are free, since languages order words differently);</li>
 * <li>{@link UnitState#ORPHANED}: the policy no longer has the unit.</li>
 * </ul>
 *
 * @param translation the translation
 * @param units       the English units in page order, then the orphaned ones in file order
 */
public record TranslationStatus(Translation translation, List<UnitStatus> units) {

    public TranslationStatus {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static TranslationStatus of(Policy english, Translation translation) {
        List<UnitStatus> units = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Passage passage : PolicyText.passages(english)) {
            keys.add(passage.key());
            TranslatedUnit unit = translation.unit(passage.key()).orElse(null);
            UnitState state;
            if (unit == null) {
                state = UnitState.MISSING;
            } else if (!unit.source().equals(Translations.sourceHash(passage.text()))) {
                state = UnitState.STALE;
            } else if (!UnitStatus.placeholders(unit.text()).equals(UnitStatus.placeholders(passage.text()))) {
                state = UnitState.PLACEHOLDER_MISMATCH;
            } else {
                state = UnitState.CURRENT;
            }
            units.add(new UnitStatus(passage.key(), state, passage, unit));
        }
        for (TranslatedUnit unit : translation.units()) {
            if (!keys.contains(unit.key())) {
                units.add(new UnitStatus(unit.key(), UnitState.ORPHANED, null, unit));
            }
        }
        return new TranslationStatus(translation, units);
    }

    /** The number of units of the English policy. */
    public int total() {
        return (int) units.stream().filter(u -> u.state() != UnitState.ORPHANED).count();
    }

    /** The number of units shown translated: the current ones. */
    public int translated() {
        return count(UnitState.CURRENT);
    }

    public int count(UnitState state) {
        return (int) units.stream().filter(u -> u.state() == state).count();
    }

    public List<UnitStatus> in(UnitState state) {
        return units.stream().filter(u -> u.state() == state).toList();
    }

    /** Whether a unit would drop or add a fact: {@code policy translations status} and release refuse it. */
    public boolean hasErrors() {
        return count(UnitState.PLACEHOLDER_MISMATCH) > 0;
    }

    /**
     * One problem per stale, mismatched or orphaned unit, at the unit's key in the translation file, in file order,
     * e.g. {@code de.yaml:12:3: de: unit 'summary.text' is stale: the English text changed since it was translated;
     * translate it again and set source: 3f5a…}.
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (UnitStatus unit : units) {
            switch (unit.state()) {
                case STALE -> out.add(at(unit, "is stale: the English text changed since it was translated;"
                        + " translate it again and set source: " + unit.englishSource()));
                case PLACEHOLDER_MISMATCH -> out.add(at(unit, mismatch(unit)));
                case ORPHANED -> out.add(at(unit, "is orphaned: the English policy has no such unit (any more); "
                        + meant(unit.key()).map(k -> "did you mean '" + k + "'? Otherwise delete it")
                                .orElse("delete it")));
                default -> { }
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    /** The problems that block a release and fail {@code policy translations status}: the placeholder mismatches. */
    public List<Problem> errors() {
        return in(UnitState.PLACEHOLDER_MISMATCH).stream().map(u -> at(u, mismatch(u))).toList();
    }

    /**
     * One line per missing unit, at the {@code units:} key where it is to be added, with the {@code source:} to
     * record, in page order.
     */
    public List<Problem> missing() {
        return in(UnitState.MISSING).stream().map(u -> new Problem(translation.file(), translation.unitsLine(), 1, "",
                translation.tag() + ": unit '" + u.key() + "' is not translated (the page shows it in English); add it"
                        + " under units: with source: " + u.englishSource())).toList();
    }

    /**
     * The text the page shows for each English unit: the translation when current; otherwise the English text,
     * flagged {@link ShownUnit#inEnglish()}.
     *
     * @throws PolicyException with {@link StalePolicy#REFUSE}, when a unit is stale or its placeholders differ,
     *                         listing each as {@link #problems()} does
     */
    public TranslatedPage page(StalePolicy policy) throws PolicyException {
        if (policy == StalePolicy.REFUSE) {
            List<Problem> refused = new ArrayList<>();
            for (UnitStatus unit : units) {
                if (unit.state() == UnitState.STALE || unit.state() == UnitState.PLACEHOLDER_MISMATCH) {
                    refused.add(unit.state() == UnitState.STALE ? at(unit, "is stale: the English text changed since"
                            + " it was translated, and stale translations are refused; translate it again and set"
                            + " source: " + unit.englishSource()) : at(unit, mismatch(unit)));
                }
            }
            if (!refused.isEmpty()) {
                refused.sort(Comparator.naturalOrder());
                throw new PolicyException(refused);
            }
        }
        List<ShownUnit> shown = new ArrayList<>();
        for (UnitStatus unit : units) {
            if (unit.english() == null) {
                continue;
            }
            boolean current = unit.state() == UnitState.CURRENT;
            shown.add(new ShownUnit(unit.key(), unit.english().label(),
                    current ? unit.translation().text() : unit.english().text(), !current, unit.state()));
        }
        return new TranslatedPage(translation, shown);
    }

    /**
     * The unit of the policy an orphaned key's id may be a typo of: one of the same form whose id is a few letters
     * away (so {@code collection.categories.acount.name} means {@code collection.categories.account.name}, while a
     * removed commitment suggests nothing).
     */
    private java.util.Optional<String> meant(String key) {
        String template = UnitKeys.templateOf(key).orElse(null);
        String id = UnitKeys.idOf(key);
        if (template == null || id == null) {
            return java.util.Optional.empty();
        }
        java.util.Map<String, String> byId = new java.util.LinkedHashMap<>();
        for (UnitStatus unit : units) {
            if (unit.english() != null && UnitKeys.templateOf(unit.key()).orElse("").equals(template)) {
                byId.put(UnitKeys.idOf(unit.key()), unit.key());
            }
        }
        return TranslationReader.nearest(id, byId.keySet()).map(byId::get);
    }

    private static String mismatch(UnitStatus unit) {
        Set<String> english = unit.englishPlaceholders();
        Set<String> translated = unit.translatedPlaceholders();
        List<String> wrong = new ArrayList<>();
        Set<String> lacks = new TreeSet<>(english);
        lacks.removeAll(translated);
        Set<String> adds = new TreeSet<>(translated);
        adds.removeAll(english);
        if (!lacks.isEmpty()) {
            wrong.add("lacks " + String.join(", ", lacks));
        }
        if (!adds.isEmpty()) {
            wrong.add("adds " + String.join(", ", adds));
        }
        return "does not use the placeholders of its English text: it " + String.join(" and ", wrong) + "; use "
                + (english.isEmpty() ? "no placeholder, as the English text does"
                        : "exactly " + String.join(", ", english) + ", as the English text does")
                + " (facts come in through placeholders, never translated by hand)";
    }

    private Problem at(UnitStatus unit, String message) {
        TranslatedUnit t = unit.translation();
        return new Problem(translation.file(), t.line(), t.column(), "", translation.tag() + ": unit '" + unit.key()
                + "' " + message);
    }
}
