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
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Prose;

/**
 * The filters templates use to show the policy's facts and prose:
 * <ul>
 * <li>{@code prose | markdown} and {@code prose | inline}: sanitized HTML, marked safe so autoescaping keeps it;</li>
 * <li>{@code rule.keptFor | keptFor}, {@code rule.afterDeletion | afterDeletion}: the retention table's words;</li>
 * <li>{@code date | longDate}: "April 8, 2026"; {@code date | atomDate}: "2026-04-08T00:00:00Z".</li>
 * </ul>
 * Everything else a template prints is escaped by Pebble, as autoescaping stays on.
 */
final class PolicyExtension extends AbstractExtension {
    /** The template variable holding the {@link Policy} whose facts fill placeholders. */
    static final String POLICY = "policy";

    private final ProseRenderer prose = new ProseRenderer();

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "markdown", proseFilter(true),
                "inline", proseFilter(false),
                "keptFor", filter(KeptFor.class, RetentionWording::keptFor),
                "afterDeletion", filter(AfterDeletion.class, RetentionWording::afterDeletion),
                "longDate", filter(LocalDate.class, ProseRenderer.LONG_DATE::format),
                "atomDate", filter(LocalDate.class, d -> d + "T00:00:00Z"));
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

    private static <T> Filter filter(Class<T> type, Function<T, String> wording) {
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
