package tech.openfactory.policy.model;

import java.util.List;

/**
 * How the compliance checks read a codebase against this policy: not shown on the page, but part of the policy
 * file so that legal reviews every exemption. Every list extends the checks' defaults.
 *
 * @param storagePackages    packages whose types are persisted besides JPA entities, in ArchUnit's syntax
 * @param personalDataNames  more field-name words that mean personal data, e.g. "iban"
 * @param deniedSdkPackages  more advertising, data-broker or tracking SDK packages that must appear nowhere
 * @param trainingApis       more packages of model training or fine-tuning APIs
 * @param exemptions         code excused from a rule, each with its reason
 */
public record CodeRules(List<String> storagePackages, List<String> personalDataNames, List<String> deniedSdkPackages,
        List<String> trainingApis, List<Exemption> exemptions) {
    public CodeRules {
        storagePackages = List.copyOf(storagePackages);
        personalDataNames = List.copyOf(personalDataNames);
        deniedSdkPackages = List.copyOf(deniedSdkPackages);
        trainingApis = List.copyOf(trainingApis);
        exemptions = List.copyOf(exemptions);
    }

    /** No extensions and no exemptions. */
    public static final CodeRules NONE = new CodeRules(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * Code excused from one rule.
     *
     * @param rule   the rule's id, e.g. {@code undeclared-personal-data}
     * @param target a class, {@code Class.field} or {@code Class.method}, fully qualified
     * @param reason why, for the report
     */
    public record Exemption(String rule, String target, String reason) {}
}
