package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.compliance.internal.CodeIndex;
import tech.openfactory.policy.compliance.internal.Names;
import tech.openfactory.policy.model.Recipient;
import tech.openfactory.policy.model.Section;

/** §4: a recipient's client libraries are used only by the classes declared its adapters. */
public final class RecipientAdapterRule {
    private RecipientAdapterRule() {}

    /** One condition per recipient that names its SDK packages. */
    public static List<ClauseCondition> conditions(CheckContext context) {
        List<ClauseCondition> conditions = new ArrayList<>();
        for (Recipient recipient : context.policy().sharing().recipients()) {
            if (recipient.sdkPackages().isEmpty()) {
                continue;
            }
            Predicate<String> sdk = Packages.memoized(PackageMatchers.of(recipient.sdkPackages()));
            conditions.add(new ClauseCondition(context, RuleId.RECIPIENT_ADAPTER, context.clause(Section.SHARING,
                    recipient.name() + ": only its declared adapters use " + String.join(", ", recipient.sdkPackages())),
                    (index, sink) -> {
                        boolean seen = false;
                        for (JavaClass type : index.classes()) {
                            String adapterOf = CodeIndex.annotation(type, Names.RECIPIENT_ADAPTER)
                                    .map(a -> CodeIndex.string(a, "value")).orElse(null);
                            seen |= recipient.id().equals(adapterOf);
                            if (sdk.test(type.getPackageName())) {
                                continue; // the SDK itself, when it is imported too
                            }
                            Set<String> used = index.dependencyTargets(type).stream().filter(t -> sdk.test(t.getPackageName()))
                                    .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
                            if (used.isEmpty()) {
                                continue;
                            }
                            seen = true;
                            if (recipient.id().equals(adapterOf)) {
                                sink.evidence(type.getName() + " is the adapter of " + recipient.id());
                            } else {
                                sink.violation(type, type.getName() + " uses " + String.join(", ", used) + " of "
                                        + recipient.name() + " but is not its adapter; move the call into a class"
                                        + " annotated @RecipientAdapter(\"" + recipient.id() + "\")");
                            }
                        }
                        if (!seen) {
                            // A rule that finds nothing to check must not pass as if the code agreed.
                            sink.violation("sharing." + recipient.id(), "the policy names "
                                    + String.join(", ", recipient.sdkPackages()) + " as the client libraries of "
                                    + recipient.name() + ", but no imported class uses them and none is its"
                                    + " @RecipientAdapter; check the package names in " + context.source()
                                    + ", or import the code that calls the recipient");
                        }
                    }));
        }
        return conditions;
    }
}
