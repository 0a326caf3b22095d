package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tech.openfactory.policy.compliance.Exemption;
import tech.openfactory.policy.model.CodeRules;
import tech.openfactory.policy.model.Policy;

/** What all rules of one policy share: the policy, its name lists, its exemptions, and the index of the code. */
public final class CheckContext {
    final Policy policy;
    final PersonalNames names;
    private Collection<JavaClass> indexed;
    private CodeIndex index;

    public CheckContext(Policy policy) {
        this.policy = policy;
        this.names = new PersonalNames(policy.code().personalDataNames());
    }

    /** The index of these classes: built once and shared by every rule evaluated on the same import. */
    synchronized CodeIndex index(Collection<JavaClass> classes) {
        if (index == null || !sameClasses(classes)) {
            index = CodeIndex.of(classes, policy.code().storagePackages());
            indexed = classes;
        }
        return index;
    }

    private boolean sameClasses(Collection<JavaClass> classes) {
        return indexed.size() == classes.size()
                && (classes.isEmpty() || indexed.iterator().next() == classes.iterator().next());
    }

    /** The exemption that excuses {@code element} from {@code rule}, from the policy file or an annotation. */
    Optional<Exemption> exemption(String rule, Object element) {
        String target = CodeIndex.name(element);
        for (CodeRules.Exemption e : policy.code().exemptions()) {
            if (e.rule().equals(rule) && (e.target().equals(target) || owner(element).map(o -> o.getName().equals(e.target())).orElse(false))) {
                return Optional.of(new Exemption(rule, target, e.reason(), "policy.yaml"));
            }
        }
        List<Object> annotated = new java.util.ArrayList<>(List.of(element));
        owner(element).ifPresent(annotated::add);
        for (Object candidate : annotated) {
            for (var annotation : CodeIndex.exemptAnnotations(candidate)) {
                if (CodeIndex.string(annotation, "rule").equals(rule)) {
                    return Optional.of(new Exemption(rule, target, CodeIndex.string(annotation, "reason"), "@Exempt"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JavaClass> owner(Object element) {
        return element instanceof JavaMember m ? Optional.of(m.getOwner()) : Optional.empty();
    }
}
