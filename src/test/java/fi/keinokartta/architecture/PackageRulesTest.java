package fi.keinokartta.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes (a plain unit test, no
 * Quarkus). No exceptions are listed: a new dependency that breaks a rule must change the design, or
 * this test and the document together.
 */
@AnalyzeClasses(packages = "fi.keinokartta", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String CORE = "fi.keinokartta.core..";

    /** No two packages depend on each other, directly or through others. */
    @ArchTest
    static final ArchRule noCycles = slices().matching("fi.keinokartta.(*)..").should().beFreeOfCycles();

    /** The core (catalogue model, verdicts, languages, the release read model) uses nothing of ours. */
    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat(resideInAPackage(CORE).or(resideOutsideOfPackage("fi.keinokartta..")));

    /** Public pages and the API know nothing of the editors' area. */
    @ArchTest
    static final ArchRule publicSideNeverImportsEditor = noClasses().that().resideInAnyPackage("fi.keinokartta.api..",
            "fi.keinokartta.web..", "fi.keinokartta.view..", "fi.keinokartta.http..")
            .should().dependOnClassesThat().resideInAPackage("fi.keinokartta.editor..");

    /** content → search → publishing → http → presentation, each layer using only the ones below it. */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Core").definedBy(CORE)
            .layer("Config").definedBy("fi.keinokartta.config..")
            .layer("Texts").definedBy("fi.keinokartta.i18n..")
            .layer("Content").definedBy("fi.keinokartta.content..")
            .layer("Combination").definedBy("fi.keinokartta.combination..")
            .layer("Screener").definedBy("fi.keinokartta.screener..")
            .layer("Plan").definedBy("fi.keinokartta.plan..")
            .layer("Search").definedBy("fi.keinokartta.search..")
            .layer("Publishing").definedBy("fi.keinokartta.publishing..")
            .layer("Http").definedBy("fi.keinokartta.http..")
            .layer("View").definedBy("fi.keinokartta.view..")
            .layer("Api").definedBy("fi.keinokartta.api..")
            .layer("Web").definedBy("fi.keinokartta.web..")
            .layer("Editor").definedBy("fi.keinokartta.editor..")
            .layer("Health").definedBy("fi.keinokartta.health..")
            .whereLayer("Core").mayNotAccessAnyLayer()
            .whereLayer("Config").mayOnlyAccessLayers("Core")
            .whereLayer("Texts").mayOnlyAccessLayers("Core")
            .whereLayer("Content").mayOnlyAccessLayers("Core", "Texts")
            .whereLayer("Combination").mayOnlyAccessLayers("Core", "Content")
            .whereLayer("Screener").mayOnlyAccessLayers("Core")
            .whereLayer("Plan").mayOnlyAccessLayers("Core", "Combination")
            .whereLayer("Search").mayOnlyAccessLayers("Core", "Config", "Texts", "Content")
            .whereLayer("Publishing").mayOnlyAccessLayers("Core", "Config", "Content", "Search")
            .whereLayer("Http").mayOnlyAccessLayers("Core", "Config", "Texts", "Search", "Publishing")
            .whereLayer("View").mayOnlyAccessLayers("Core", "Texts", "Content", "Combination", "Screener", "Plan", "Http")
            .whereLayer("Api").mayOnlyAccessLayers("Core", "Texts", "Content", "Combination", "Screener", "Plan", "Search", "Http", "View")
            .whereLayer("Web").mayOnlyAccessLayers("Core", "Config", "Texts", "Content", "Combination", "Screener", "Plan", "Search",
                    "Publishing", "Http", "View")
            .whereLayer("Editor").mayOnlyAccessLayers("Core", "Config", "Texts", "Content", "Publishing", "Http")
            .whereLayer("Health").mayOnlyAccessLayers("Core", "Search", "Publishing")
            .whereLayer("Api").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Editor").mayNotBeAccessedByAnyLayer()
            .whereLayer("Health").mayNotBeAccessedByAnyLayer();
}
