package tech.openfactory.policy.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A length of time as the policy states it: a positive whole number of days, weeks, months or years. */
public record Period(int amount, Unit unit) {

    private static final Pattern FORM = Pattern.compile("(-?\\d{1,9})\\s+([A-Za-z]+)");

    public Period {
        if (amount < 1) {
            throw new IllegalArgumentException("a period is at least 1 " + unit.singular() + ", not " + amount);
        }
    }

    public enum Unit {
        DAYS, WEEKS, MONTHS, YEARS;

        /** "day", "week", ... */
        public String singular() {
            String plural = plural();
            return plural.substring(0, plural.length() - 1);
        }

        /** "days", "weeks", ... */
        public String plural() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Unit> parse(String word) {
            for (Unit unit : values()) {
                if (unit.plural().equals(word) || unit.singular().equals(word)) {
                    return Optional.of(unit);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Reads "90 days", "1 year", "7 years".
     *
     * @throws IllegalArgumentException with a message fit for the person who wrote the text
     */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period; write a number and a unit, e.g. 90 days");
        }
        Unit unit = Unit.parse(m.group(2)).orElseThrow(() -> new IllegalArgumentException(
                "unknown unit '" + m.group(2) + "'; write days, weeks, months or years"));
        int amount = Integer.parseInt(m.group(1));
        if (amount < 1) {
            throw new IllegalArgumentException("'" + text + "' is not a period of time; write a number of at least 1, e.g. 30 days");
        }
        return new Period(amount, unit);
    }

    /**
     * Roughly how many days this is (a month as 30, a year as 365): enough to tell which of two periods is
     * longer, which is all the policy's change rules need.
     */
    public int approximateDays() {
        return amount * switch (unit) {
            case DAYS -> 1;
            case WEEKS -> 7;
            case MONTHS -> 30;
            case YEARS -> 365;
        };
    }

    /** The day this period after {@code day}, by the calendar: a month after January 31 is the end of February. */
    public java.time.LocalDate after(java.time.LocalDate day) {
        return switch (unit) {
            case DAYS -> day.plusDays(amount);
            case WEEKS -> day.plusWeeks(amount);
            case MONTHS -> day.plusMonths(amount);
            case YEARS -> day.plusYears(amount);
        };
    }

    /** The amount with its unit, singular or plural as English wants it: "1 day", "90 days". */
    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.singular() : unit.plural());
    }
}
