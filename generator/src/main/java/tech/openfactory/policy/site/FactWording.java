package tech.openfactory.policy.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The policy's facts in words of one language, from its message bundle: dates, periods, retention, the legal
 * facts' values, countries. Facts are never translated by hand: a translation says "{{rights.responseTime}}" and
 * the number comes from the English policy, worded here.
 *
 * <ul>
 * <li>Dates: English keeps the page's "April 8, 2026"; other languages use java.time's long date of their locale
 * ("8. April 2026").</li>
 * <li>Numbers are written with ASCII digits in every language, as the dates are.</li>
 * <li>Free words of the YAML (the "build" of {@code {upTo: 90 days, after: build}}, the "law" of
 * {@code retainedAsRequiredBy: [law]}) are English, so English shows them as written; another language words
 * them with its message {@code word.<word>}, and a word it lacks fails the build.</li>
 * </ul>
 */
final class FactWording {
    /** How dates read on English pages: "April 8, 2026". */
    static final DateTimeFormatter ENGLISH_DATE = ProseRenderer.LONG_DATE;

    final Messages messages;
    final Locale locale;
    private final boolean english;
    private final DateTimeFormatter dates;

    FactWording(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale;
        this.english = locale.getLanguage().equals(Messages.ENGLISH);
        this.dates = english ? ENGLISH_DATE : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    boolean english() {
        return english;
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** "90 days", "1 day"; the form the number takes in the language. */
    String period(Period period) {
        return text("period." + period.unit().plural() + "." + Plural.of(locale, period.amount()).id(),
                Map.of("amount", number(period.amount())));
    }

    /** "30-day", as in "the 30-day mark". */
    String compound(Period period) {
        return text("period." + period.unit().plural() + ".compound", Map.of("amount", number(period.amount())));
    }

    static String number(int n) {
        return Integer.toString(n);
    }

    String keptFor(KeptFor keptFor) {
        if (keptFor instanceof KeptFor.While w) {
            return text("keptFor.while." + w.condition().id(), Map.of());
        }
        if (keptFor instanceof KeptFor.UpTo upTo) {
            String key = "keptFor.upTo" + (upTo.after() == null ? "" : ".after") + (upTo.when() == null ? "" : ".when");
            java.util.Map<String, Object> args = new java.util.HashMap<>();
            args.put("period", period(upTo.period()));
            if (upTo.after() != null) {
                args.put("after", word(upTo.after()));
            }
            if (upTo.when() != null) {
                args.put("when", word(upTo.when()));
            }
            return text(key, args);
        }
        return text("keptFor.typically", Map.of("period", period(((KeptFor.Typically) keptFor).period())));
    }

    String afterDeletion(AfterDeletion afterDeletion) {
        if (afterDeletion instanceof AfterDeletion.RemovedWithin r) {
            return text("afterDeletion.removedWithin", Map.of("period", period(r.period())));
        }
        if (afterDeletion instanceof AfterDeletion.PurgedAutomatically) {
            return text("afterDeletion.purgedAutomatically", Map.of());
        }
        List<String> words = ((AfterDeletion.RetainedAsRequiredBy) afterDeletion).obligations().stream()
                .map(this::word).toList();
        return text("afterDeletion.retainedAsRequiredBy", Map.of("obligations", orList(words)));
    }

    /** "law", "law or contract", "law, regulation or contract". */
    String orList(List<String> words) {
        String list = words.get(0);
        for (int i = 1; i < words.size(); i++) {
            list = text(i == words.size() - 1 ? "list.or" : "list.comma", Map.of("first", list, "next", words.get(i)));
        }
        return list;
    }

    /** A free word of the YAML: as written in English, from {@code word.<word>} in any other language. */
    String word(String word) {
        if (english) {
            return word;
        }
        String key = "word." + word;
        if (!messages.has(key)) {
            throw new Messages.MessageProblem(messages.file + ": no message '" + key + "' for the policy's word '"
                    + word + "'; add it, as this language words the free words of the YAML itself");
        }
        return messages.text(key);
    }

    String legalBasis(LegalBasis basis) {
        return text("legalBasis." + basis.id(), Map.of());
    }

    String role(Recipient.Role role) {
        return text("role." + role.id(), Map.of());
    }

    String mechanism(Transfer.Mechanism mechanism) {
        return text("mechanism." + mechanism.id(), Map.of());
    }

    /** Under the UK GDPR adequacy is by UK regulations; the other grounds read as under the GDPR. */
    String ukMechanism(Transfer.Mechanism mechanism) {
        return mechanism == Transfer.Mechanism.ADEQUACY ? text("mechanism.uk-adequacy", Map.of()) : mechanism(mechanism);
    }

    String requirement(Provision.Requirement requirement) {
        return text("requirement." + requirement.id(), Map.of());
    }

    /** Null for the person themselves, whom a source's name already names. */
    String sourceKind(Source.Kind kind) {
        return kind == Source.Kind.THE_PERSON ? null : text("sourceKind." + kind.id(), Map.of());
    }

    String requestMethod(RequestMethod.Kind kind) {
        return text("requestMethod." + kind.id(), Map.of());
    }

    String ccpa(CcpaCategory category) {
        return text("ccpa." + category.id(), Map.of());
    }

    /** A country by its ISO code, named in the language by the JDK: "United States", "Vereinigte Staaten". */
    String country(String code) {
        return new Locale("", code).getDisplayCountry(english ? Locale.ENGLISH : locale);
    }

    String yesNo(boolean value) {
        return text(value ? "value.yes" : "value.no", Map.of());
    }

    private String text(String key, Map<String, ?> args) {
        return messages.plain(key, args);
    }
}
