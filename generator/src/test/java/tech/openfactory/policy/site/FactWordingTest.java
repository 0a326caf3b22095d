package tech.openfactory.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.CcpaCategory;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.LegalBasis;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Provision;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RequestMethod;
import tech.openfactory.policy.model.Source;
import tech.openfactory.policy.model.Transfer;

/**
 * Facts in words per language, from the message bundles of templates/messages: English words every fact exactly as
 * the changelog and the pull-request summary do (RetentionWording, LegalWording), so English pages read as they
 * always did; German and Arabic word the same facts in their own grammar, Arabic in its six plural forms.
 */
class FactWordingTest {
    static FactWording words(String tag) throws SiteException {
        Templates templates = new Templates(Project.templates());
        return new FactWording(templates.messages(Locale.forLanguageTag(tag)));
    }

    static Stream<Object> retention() {
        return Stream.concat(RetentionWordingTest.keptFor(), RetentionWordingTest.afterDeletion()).map(a -> a.get()[0]);
    }

    @ParameterizedTest
    @MethodSource("retention")
    void english_words_retention_as_the_changelog_does(Object fact) throws SiteException {
        FactWording english = words("en");
        String expected = fact instanceof KeptFor k ? RetentionWording.keptFor(k)
                : RetentionWording.afterDeletion((AfterDeletion) fact);
        String actual = fact instanceof KeptFor k ? english.keptFor(k) : english.afterDeletion((AfterDeletion) fact);
        assertEquals(expected, actual);
    }

    @Test
    void english_words_every_legal_fact_as_the_changelog_does() throws SiteException {
        FactWording english = words("en");
        for (LegalBasis b : LegalBasis.values()) {
            assertEquals(LegalWording.legalBasis(b), english.legalBasis(b));
        }
        for (Recipient.Role r : Recipient.Role.values()) {
            assertEquals(LegalWording.role(r), english.role(r));
        }
        for (Transfer.Mechanism m : Transfer.Mechanism.values()) {
            assertEquals(LegalWording.mechanism(m), english.mechanism(m));
            assertEquals(LegalWording.ukMechanism(m), english.ukMechanism(m));
        }
        for (Provision.Requirement r : Provision.Requirement.values()) {
            assertEquals(LegalWording.requirement(r), english.requirement(r));
        }
        for (Source.Kind k : Source.Kind.values()) {
            assertEquals(LegalWording.sourceKind(k), english.sourceKind(k));
        }
        for (RequestMethod.Kind k : RequestMethod.Kind.values()) {
            assertEquals(LegalWording.requestMethod(k), english.requestMethod(k));
        }
        for (CcpaCategory c : CcpaCategory.values()) {
            assertEquals(c.title(), english.ccpa(c));
        }
        assertEquals(new Transfer("US", null, null, null).countryName(), english.country("US"));
    }

    @Test
    void english_dates_and_periods_read_as_before() throws SiteException {
        FactWording english = words("en");
        LocalDate day = LocalDate.of(2026, 4, 8);
        assertEquals(ProseRenderer.LONG_DATE.format(day), english.date(day));
        assertEquals("April 8, 2026", english.date(day));
        for (String period : List.of("1 day", "30 days", "1 week", "2 weeks", "1 month", "6 months", "1 year",
                "7 years")) {
            Period p = Period.parse(period);
            assertEquals(p.toString(), english.period(p));
            assertEquals(p.amount() + "-" + p.unit().singular(), english.compound(p));
        }
    }

    @Test
    void german_words_facts_in_german() throws SiteException {
        FactWording german = words("de");
        assertEquals("8. April 2026", german.date(LocalDate.of(2026, 4, 8)));
        assertEquals("1 Tag", german.period(Period.parse("1 day")));
        assertEquals("30 Tage", german.period(Period.parse("30 days")));
        assertEquals("30-Tage", german.compound(Period.parse("30 days")));
        assertEquals("Bis zu 90 Tage nach dem Build",
                german.keptFor(new KeptFor.UpTo(Period.parse("90 days"), "build", null)));
        assertEquals("Aufbewahrt, soweit Gesetz, Verordnung oder Vertrag es verlangt", german.afterDeletion(
                new AfterDeletion.RetainedAsRequiredBy(List.of("law", "regulation", "contract"))));
        assertEquals("Ihre Einwilligung", german.legalBasis(LegalBasis.CONSENT));
        assertEquals("Vereinigte Staaten", german.country("US"));
        assertEquals("Ja", german.yesNo(true));
    }

    @Test
    void arabic_counts_in_its_six_plural_forms() throws SiteException {
        FactWording arabic = words("ar");
        assertEquals("يوم واحد", arabic.period(Period.parse("1 day")));
        assertEquals("يومان", arabic.period(Period.parse("2 days")));
        assertEquals("3 أيام", arabic.period(Period.parse("3 days")));
        assertEquals("30 يومًا", arabic.period(Period.parse("30 days")));
        assertEquals("100 يوم", arabic.period(Period.parse("100 days")));
        assertEquals("103 أيام", arabic.period(Period.parse("103 days")));
        assertEquals("7 سنوات", arabic.period(Period.parse("7 years")));
        assertEquals("8 أبريل 2026", arabic.date(LocalDate.of(2026, 4, 8)));
    }

    @Test
    void plural_forms_follow_cldr() {
        Locale ar = Locale.forLanguageTag("ar");
        assertEquals(List.of(Plural.ZERO, Plural.ONE, Plural.TWO, Plural.FEW, Plural.MANY, Plural.OTHER),
                Stream.of(0, 1, 2, 5, 11, 100).map(n -> Plural.of(ar, n)).toList());
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals(List.of(Plural.ONE, Plural.FEW, Plural.MANY, Plural.ONE, Plural.MANY),
                Stream.of(1, 3, 5, 21, 11).map(n -> Plural.of(ru, n)).toList());
        assertEquals(Plural.ONE, Plural.of(Locale.FRENCH, 0));
        assertEquals(Plural.OTHER, Plural.of(Locale.GERMAN, 0));
    }
}
