package tech.openfactory.policy.compliance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kit's boundaries: what a product pulls into its tests, and nothing more. */
@AnalyzeClasses(packages = "tech.openfactory.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule KIT_DEPENDS_ON_MODEL_AND_ARCHUNIT_ONLY = classes()
            .that().resideInAPackage("tech.openfactory.policy.compliance..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..",
                    "org.objectweb.asm..", "com.tngtech.archunit..", "org.junit.jupiter.api..", "org.opentest4j..",
                    "tech.openfactory.policy.model..", "tech.openfactory.policy.compliance..")
            .as("the compliance kit depends on the model and core ArchUnit only")
            .because("products add it in test scope; it reads the annotations by name, so it needs no other module,"
                    + " ASM is shaded into its jar, and the contract tests run on the product's own JUnit. Read a new annotation through its name in Names instead of"
                    + " importing it");

    @ArchTest
    static final ArchRule RULES_DO_NOT_REACH_BACK_INTO_THE_ENTRY_POINT = noClasses()
            .that().resideInAPackage("tech.openfactory.policy.compliance.rules..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("tech.openfactory.policy.compliance")
                    .and(JavaClass.Predicates.simpleNameStartingWith("Policy")))
            .as("rule classes build their conditions from the internals, not from PolicyCheck or PolicyRules")
            .because("PolicyRules assembles the rules; a rule that reached back into it would make a cycle");

    @ArchTest
    static final ArchRule ANNOTATIONS_DEPEND_ON_NOTHING = classes()
            .that().resideInAPackage("tech.openfactory.policy.annotations..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "tech.openfactory.policy.annotations..")
            .as("the annotations have no dependencies")
            .because("production code carries them at compile scope; anything they pulled in would ship with it");
}
