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
 * The filters templates use to show the policy's facts and prose:
 * <ul>
 * <li>{@code prose | markdown} and {@code prose | inline}: sanitized HTML, marked safe so autoescaping keeps it;</li>
 * <li>{@code rule.keptFor | keptFor}, {@code rule.afterDeletion | afterDeletion}: the retention table's words;</li>
 * <li>{@code date | longDate}: "April 8, 2026"; {@code date | atomDate}: "2026-04-08T00:00:00Z";</li>
 * <li>the legal facts' values in words (see {@link LegalWording}): {@code legalBasis}, {@code recipientRole},
 * {@code transferMechanism}, {@code ukTransferMechanism}, {@code provisionRequirement}, {@code sourceKind},
 * {@code requestMethod}, and {@code method | requestLink}: the mailto:, https or tel: link of a request method,
 * or null when it has none;</li>
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

    @Override
    public Map<String, Filter> getFilters() {
        return Map.ofEntries(
                Map.entry("markdown", proseFilter(true)),
                Map.entry("inline", proseFilter(false)),
                Map.entry("keptFor", filter(KeptFor.class, RetentionWording::keptFor)),
                Map.entry("afterDeletion", filter(AfterDeletion.class, RetentionWording::afterDeletion)),
                Map.entry("longDate", filter(LocalDate.class, ProseRenderer.LONG_DATE::format)),
                Map.entry("atomDate", filter(LocalDate.class, d -> d + "T00:00:00Z")),
                Map.entry("legalBasis", filter(LegalBasis.class, LegalWording::legalBasis)),
                Map.entry("recipientRole", filter(Recipient.Role.class, LegalWording::role)),
                Map.entry("transferMechanism", filter(Transfer.Mechanism.class, LegalWording::mechanism)),
                Map.entry("ukTransferMechanism", filter(Transfer.Mechanism.class, LegalWording::ukMechanism)),
                Map.entry("provisionRequirement", filter(Provision.Requirement.class, LegalWording::requirement)),
                Map.entry("sourceKind", filter(Source.Kind.class, LegalWording::sourceKind)),
                Map.entry("requestMethod", filter(RequestMethod.Kind.class, LegalWording::requestMethod)),
                Map.entry("requestLink", filter(RequestMethod.class, LegalWording::requestLink)),
                Map.entry("ownProvisions", filter(List.class, elements -> ((List<?>) elements).stream()
                        .filter(e -> ((DataElement) e).provision() != null).toList())),
                Map.entry("dataCategories", lookup((policy, id) -> policy.collection().categories().stream()
                        .filter(c -> c.id().equals(id)).findFirst().orElse(null))),
                Map.entry("sources", lookup((policy, id) -> policy.collection().source(id).orElse(null))));
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

    private Filter proseFilter(boolean block) {
        return new NoArgumentFilter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                if (input == null) {
                    return null;
                }
                Policy policy = (Policy) context.getVariable(POLICY);
                Prose text = (Prose) input;
                return new SafeString(block ? prose.block(text, policy) : prose.inline(text, policy));
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
