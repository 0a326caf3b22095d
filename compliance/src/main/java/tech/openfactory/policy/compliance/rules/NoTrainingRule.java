package tech.openfactory.policy.compliance.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.compliance.internal.CheckContext;
import tech.openfactory.policy.compliance.internal.ClauseCondition;
import tech.openfactory.policy.model.Section;

/** §3: no type that holds declared personal data, or uses one, reaches a training or fine-tuning API. */
public final class NoTrainingRule {
    private NoTrainingRule() {}

    /** Model training and fine-tuning APIs; a policy extends the list with code.trainingApis. */
    public static final List<String> TRAINING_APIS = List.of("com.openai..finetuning..", "com.openai..fine_tuning..",
            "com.google.cloud.aiplatform..tuning..", "software.amazon.awssdk.services.sagemaker..",
            "com.amazonaws.services.sagemaker..", "ai.djl.training..", "org.deeplearning4j..");

    public static List<ClauseCondition> conditions(CheckContext context) {
        List<String> training = new ArrayList<>(TRAINING_APIS);
        training.addAll(context.policy().code().trainingApis());
        Predicate<String> trainingPackage = Packages.memoized(PackageMatchers.of(training));
        return List.of(new ClauseCondition(context, RuleId.NO_TRAINING, context.clause(Section.RESTRICTIONS,
                "user data never reaches a model training or fine-tuning API"), (index, sink) -> {
                    Set<JavaClass> userData = new LinkedHashSet<>();
                    index.declared().forEach(d -> userData.add(d.field().getOwner()));
                    for (JavaClass type : index.classes()) {
                        List<JavaClass> targets = index.dependencyTargets(type);
                        if (!userData.contains(type) && targets.stream().noneMatch(userData::contains)) {
                            continue;
                        }
                        Set<String> apis = targets.stream().filter(t -> trainingPackage.test(t.getPackageName()))
                                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
                        if (!apis.isEmpty()) {
                            sink.violation(type, type.getName() + " handles declared personal data and uses "
                                    + String.join(", ", apis) + ", a training or fine-tuning API; keep user data away"
                                    + " from training, " + context.review());
                        }
                    }
                    sink.evidence(userData.size() + " types hold declared personal data; none uses a training API");
                }));
    }
}
