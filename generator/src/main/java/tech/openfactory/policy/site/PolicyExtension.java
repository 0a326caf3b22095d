package tech.openfactory.policy.site;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.CcpaCategory;
import tech.openfactory.policy.model.DataElement;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.LegalBasis;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Prose;
import tech.openfactory.policy.model.Provision;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.RequestMethod;
import tech.openfactory.policy.model.Source;
import tech.openfactory.policy.model.Transfer;

/**
 * The filters and functions templates use to show the policy's facts and prose in the page's language
 * ({@code lang}, a {@link PageLanguage}):
 * <ul>
 * <li>{@code t("key", {"name": value})}: a message of the page's language (see {@link Messages});</li>
 * <li>{@code prose | markdown("unit.key")} and {@code prose | inline("unit.key")}: sanitized HTML, marked safe so
 * autoescaping keeps it; on a translated page the unit's translation when current, else the English marked as
 * English; {@code name | unit("unit.key")} the same for plain text, {@code name | unitText("unit.key")} without
 * the mark, for places that hold text only (the page's title);</li>
 * <li>{@code rule.keptFor | keptFor}, {@code rule.afterDeletion | afterDeletion}: the retention table's words;</li>
 * <li>{@code date | longDate}: "April 8, 2026" ("8. April 2026"); {@code date | time}: the same in a
 * {@code <time datetime>}; {@code date | atomDate}: "2026-04-08T00:00:00Z";</li>
 * <li>the legal facts' values in words (see {@link FactWording}): {@code legalBasis}, {@code recipientRole},
 * {@code transferMechanism}, {@code ukTransferMechanism}, {@code provisionRequirement}, {@code sourceKind},
 * {@code requestMethod}, {@code ccpa}, {@code countryName} (of an ISO code), {@code yesNo}; and
 * {@code method | requestLink}: the mailto:, https or tel: link of a request method, or null when it has none;</li>
 * <li>{@code category.elements | ownProvisions}: the elements that state a provision of their own;</li>
 * <li>ids to the items they name, in the order given: {@code purpose.categories | dataCategories},
 * {@code category.sources | sources}.</li>
 * </ul>
 * Everything else a template prints is escaped by Pebble, as autoescaping stays on.
 */
final class PolicyExtension extends AbstractExtension {
    /** The template variable holding the {@link Policy} whose facts fill placeholders. */
    static final String POLICY = "policy";

    private final ProseRenderer prose = new ProseRenderer();

    /** The template variable holding the page's {@link PageLanguage}. */
    static final String LANG = "lang";

    @Override
    public Map<String, Filter> getFilters() {
        return Map.ofEntries(
                Map.entry("markdown", proseFilter(true)),
                Map.entry("inline", proseFilter(false)),
                Map.entry("unit", unitFilter(true)),
                Map.entry("unitText", unitFilter(false)),
                Map.entry("keptFor", worded(KeptFor.class, FactWording::keptFor)),
                Map.entry("afterDeletion", worded(AfterDeletion.class, FactWording::afterDeletion)),
                Map.entry("longDate", worded(LocalDate.class, FactWording::date)),
                Map.entry("time", worded(LocalDate.class, (words, date) -> new SafeString("<time datetime=\""
                        + date + "\">" + Html.escape(words.date(date)) + "</time>"))),
                Map.entry("atomDate", filter(LocalDate.class, d -> d + "T00:00:00Z")),
                Map.entry("legalBasis", worded(LegalBasis.class, FactWording::legalBasis)),
                Map.entry("recipientRole", worded(Recipient.Role.class, FactWording::role)),
                Map.entry("transferMechanism", worded(Transfer.Mechanism.class, FactWording::mechanism)),
                Map.entry("ukTransferMechanism", worded(Transfer.Mechanism.class, FactWording::ukMechanism)),
                Map.entry("provisionRequirement", worded(Provision.Requirement.class, FactWording::requirement)),
                Map.entry("sourceKind", worded(Source.Kind.class, FactWording::sourceKind)),
                Map.entry("requestMethod", worded(RequestMethod.Kind.class, FactWording::requestMethod)),
                Map.entry("ccpa", worded(CcpaCategory.class, FactWording::ccpa)),
                Map.entry("countryName", worded(String.class, FactWording::country)),
                Map.entry("yesNo", worded(Boolean.class, FactWording::yesNo)),
                Map.entry("requestLink", filter(RequestMethod.class, LegalWording::requestLink)),
                Map.entry("ownProvisions", filter(List.class, elements -> ((List<?>) elements).stream()
                        .filter(e -> ((DataElement) e).provision() != null).toList())),
                Map.entry("dataCategories", lookup((policy, id) -> policy.collection().categories().stream()
                        .filter(c -> c.id().equals(id)).findFirst().orElse(null))),
                Map.entry("sources", lookup((policy, id) -> policy.collection().source(id).orElse(null))));
    }

    /**
     * {@code t("key")}, {@code t("key", {"date": version.effective | time, "link": root})}: a message of the page's
     * language (see {@link Messages}), its text escaped and its arguments filled; an argument that is not HTML
     * already is escaped.
     */
    @Override
    public Map<String, io.pebbletemplates.pebble.extension.Function> getFunctions() {
        return Map.of("t", new io.pebbletemplates.pebble.extension.Function() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("key", "args");
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int lineNumber) {
                @SuppressWarnings("unchecked")
                Map<String, ?> values = (Map<String, ?>) args.get("args");
                return lang(context).messages.html((String) args.get("key"), values);
            }
        });
    }

    static PageLanguage lang(EvaluationContext context) {
        Object lang = context.getVariable(LANG);
        if (!(lang instanceof PageLanguage language)) {
            throw new IllegalStateException("the page was rendered without its language ('" + LANG + "')");
        }
        return language;
    }

    /**
     * A list of ids to the items they name in the page's policy; the loader has rejected dangling ids, so an id
     * that names nothing here is a bug.
     */
    private static Filter lookup(java.util.function.BiFunction<Policy, String, Object> find) {
        return new NoArgumentFilter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                if (input == null) {
                    return null;
                }
                Policy policy = (Policy) context.getVariable(POLICY);
                List<Object> items = new java.util.ArrayList<>();
                for (Object id : (List<?>) input) {
                    Object item = find.apply(policy, (String) id);
                    if (item == null) {
                        throw new IllegalStateException("'" + id + "' names nothing in the policy");
                    }
                    items.add(item);
                }
                return items;
            }
        };
    }

    /**
     * {@code prose | markdown} or, for a translation unit, {@code prose | markdown("collection.intro")}: the unit's
     * translation on a translated page when it is current, else the English prose, marked as English with a note.
     */
    private Filter proseFilter(boolean block) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("unit");
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                if (input == null) {
                    return null;
                }
                Policy policy = (Policy) context.getVariable(POLICY);
                Prose text = (Prose) input;
                String key = (String) args.get("unit");
                PageLanguage lang = lang(context);
                if (key == null || lang.isEnglish()) {
                    return new SafeString(block ? prose.block(text, policy) : prose.inline(text, policy));
                }
                java.util.Optional<String> translated = lang.translated(key);
                if (translated.isPresent()) {
                    return new SafeString(block ? prose.block(translated.get(), policy, lang.words)
                            : prose.inline(translated.get(), policy, lang.words));
                }
                return block ? InEnglish.block(lang, key, prose.block(text, policy))
                        : InEnglish.inline(lang, key, prose.inline(text, policy));
            }
        };
    }

    /**
     * {@code category.name | unit("collection.categories.account.name")}: a unit of plain text, translated on a
     * translated page when current, else English, marked with a note ({@code unit}) or as it is ({@code unitText},
     * for the page's title and other places that hold text only).
     */
    private static Filter unitFilter(boolean marked) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("unit");
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                if (input == null) {
                    return null;
                }
                PageLanguage lang = lang(context);
                String key = (String) args.get("unit");
                if (lang.isEnglish()) {
                    return input;
                }
                java.util.Optional<String> translated = lang.translated(key);
                if (translated.isPresent()) {
                    return translated.get();
                }
                return marked ? InEnglish.inline(lang, key, Html.escape(input.toString())) : input;
            }
        };
    }

    /** A fact worded in the page's language. */
    private static <T> Filter worded(Class<T> type, java.util.function.BiFunction<FactWording, T, ?> wording) {
        return new NoArgumentFilter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                return input == null ? null : wording.apply(lang(context).words, type.cast(input));
            }
        };
    }

    private static <T> Filter filter(Class<T> type, Function<T, ?> wording) {
        return new NoArgumentFilter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                return input == null ? null : wording.apply(type.cast(input));
            }
        };
    }

    private abstract static class NoArgumentFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }
}
