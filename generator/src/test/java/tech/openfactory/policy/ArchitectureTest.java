package tech.openfactory.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The project's module boundaries, checked with the same tool the compliance kit is built on. */
@AnalyzeClasses(packages = "tech.openfactory.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule MODEL_DEPENDS_ON_SNAKEYAML_ONLY = classes()
            .that().resideInAnyPackage("tech.openfactory.policy.model..", "tech.openfactory.policy.translation..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.yaml.snakeyaml..",
                    "tech.openfactory.policy.model..", "tech.openfactory.policy.translation..")
            .as("the model depends on the JDK and SnakeYAML only")
            .because("production repos pull the model into their tests; rendering must not come along."
                    + " Move rendering code to tech.openfactory.policy.site");

    @ArchTest
    static final ArchRule LINT_READS_THE_MODEL_ONLY = classes()
            .that().resideInAPackage("tech.openfactory.policy.lint..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "tech.openfactory.policy.lint..",
                    "tech.openfactory.policy.model")
            .as("the lint depends on the JDK and the model's public records only")
            .because("it ships with the model to product repos and reads loaded facts, never YAML nodes;"
                    + " add what it needs to a model record or PolicyLocations");

    @ArchTest
    static final ArchRule MODEL_INTERNALS_STAY_INTERNAL = noClasses()
            // The translations are part of the model module: they are read by its strict YAML reader.
            .that().resideOutsideOfPackages("tech.openfactory.policy.model..", "tech.openfactory.policy.translation..")
            .should().dependOnClassesThat().resideInAPackage("tech.openfactory.policy.model.internal..")
            .as("only the model (and its translations) use tech.openfactory.policy.model.internal")
            .because("internals may change at any time; use PolicyLoader and the model records instead");

    @ArchTest
    static final ArchRule RENDERING_LIBRARIES_STAY_IN_THE_SITE = noClasses()
            .that().resideOutsideOfPackage("tech.openfactory.policy.site..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pebbletemplates..", "com.vladsch.flexmark..",
                    "org.jsoup..")
            .as("Pebble, flexmark and jsoup are used by tech.openfactory.policy.site only")
            .because("one package renders; the command line and the model stay free of template engines."
                    + " Add a method to SiteBuilder instead");

    @ArchTest
    static final ArchRule SITE_DOES_NOT_KNOW_THE_COMMAND_LINE = noClasses()
            .that().resideInAPackage("tech.openfactory.policy.site..")
            .should().dependOnClassesThat().resideInAnyPackage("tech.openfactory.policy.cli..", "picocli..")
            .as("the site builder does not depend on the command line")
            .because("the builder is a library (tests, a future preview server use it); only cli parses arguments");
}
