package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.model.Section;

/** §3: no advertising, data-broker or tracking SDK is used anywhere. */
public final class DeniedSdkRule {
    private DeniedSdkRule() {}

    /** Advertising, data-broker and tracking SDKs; a policy extends the list with code.deniedSdkPackages. */
    public static final List<String> DENIED_SDKS = List.of("com.google.android.gms.ads..", "com.google.ads..",
            "com.facebook.ads..", "com.facebook.appevents..", "com.segment..", "com.mixpanel..", "com.amplitude..",
            "com.appsflyer..", "com.adjust.sdk..", "io.branch..", "com.criteo..", "com.taboola..", "com.outbrain..",
            "com.liveramp..", "com.acxiom..", "com.doubleclick..");

    public static List<ClauseCondition> conditions(CheckContext context) {
        List<String> denied = new ArrayList<>(DENIED_SDKS);
        denied.addAll(context.policy().code().deniedSdkPackages());
        Predicate<String> deniedPackage = Packages.memoized(PackageMatchers.of(denied));
        return List.of(new ClauseCondition(context, RuleId.DENIED_SDK, context.clause(Section.RESTRICTIONS,
                "no advertising, data-broker or tracking SDK is used"), (index, sink) -> {
                    for (JavaClass type : index.classes()) {
                        Set<String> used = new TreeSet<>();
                        for (JavaClass target : index.dependencyTargets(type)) {
                            if (deniedPackage.test(target.getPackageName())) {
                                used.add(target.getName());
                            }
                        }
                        if (!used.isEmpty()) {
                            sink.violation(type, type.getName() + " uses " + String.join(", ", used) + ", an"
                                    + " advertising, data-broker or tracking SDK the policy rules out; remove it, "
                                    + context.review());
                        }
                    }
                    sink.evidence(denied.size() + " SDK packages denied; none used");
                }));
    }
}
