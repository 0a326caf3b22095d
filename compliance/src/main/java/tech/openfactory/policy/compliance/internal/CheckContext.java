package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tech.openfactory.policy.compliance.Exemption;
import tech.openfactory.policy.compliance.RuleId;
import tech.openfactory.policy.model.CodeRules;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Section;

/**
 * What all rules of one policy share: the policy and where it was loaded from (so that a message names the file
 * to change), the taxonomy of personal-data names, the exemptions, and the index of the code.
 */
public final class CheckContext {
    final Policy policy;
    final String source;
    final Taxonomy taxonomy;
    private Collection<JavaClass> indexed;
    private CodeIndex index;

    /**
     * @param source the policy as messages name it, e.g. {@code privacy/policy.yaml in privacy-policy-2026.04.08.jar}
     */
    public CheckContext(Policy policy, String source) {
        this.policy = policy;
        this.source = source;
        this.taxonomy = Taxonomy.of(policy.code().personalDataNames());
    }

    public Policy policy() {
        return policy;
    }

    /** Where the policy was loaded from. */
    public String source() {
        return source;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** "or change privacy/policy.yaml in privacy-policy-2026.04.08.jar and get legal's review". */
    public String review() {
        return "or change " + source + " and get legal's review";
    }

    /** A clause's full name: "§5 Retention — ISO images: purged within 90 days of the build". */
    public String clause(Section section, String claim) {
        return section.cite(policy) + " — " + claim;
    }

    /** The index of these classes: built once and shared by every rule evaluated on the same import. */
    public synchronized CodeIndex index(Collection<JavaClass> classes) {
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
    Optional<Exemption> exemption(RuleId rule, Object element) {
        String target = CodeIndex.name(element);
        for (CodeRules.Exemption e : policy.code().exemptions()) {
            if (e.rule().equals(rule.id()) && (e.target().equals(target)
                    || owner(element).map(o -> o.getName().equals(e.target())).orElse(false))) {
                return Optional.of(new Exemption(rule.id(), target, e.reason(), "policy.yaml"));
            }
        }
        List<Object> annotated = new ArrayList<>(List.of(element));
        owner(element).ifPresent(annotated::add);
        for (Object candidate : annotated) {
            for (var annotation : CodeIndex.exemptAnnotations(candidate)) {
                if (CodeIndex.string(annotation, "rule").equals(rule.id())) {
                    return Optional.of(new Exemption(rule.id(), target, CodeIndex.string(annotation, "reason"), "@Exempt"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JavaClass> owner(Object element) {
        return element instanceof JavaMember m ? Optional.of(m.getOwner()) : Optional.empty();
    }
}
