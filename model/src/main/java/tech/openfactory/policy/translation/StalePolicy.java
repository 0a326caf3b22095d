package tech.openfactory.policy.translation;

/**
 * What a translated page does with a unit whose English text changed since it was translated (a {@link
 * UnitState#STALE stale} unit) or whose placeholders differ from the English ones.
 */
public enum StalePolicy {
    /** The default: the unit is shown in English, flagged so the page can say so; the build goes on. */
    ENGLISH_WITH_NOTE,
    /** The build refuses the translated page, naming every such unit: for sites that publish only current ones. */
    REFUSE;

    public static final StalePolicy DEFAULT = ENGLISH_WITH_NOTE;
}
