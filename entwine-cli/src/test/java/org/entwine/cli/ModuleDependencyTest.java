package org.entwine.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.entwine.app.StoreLocation;
import org.junit.jupiter.api.Test;

/**
 * The modules' layering that docs/architecture.md states, held on the classes themselves: each
 * module reaches only those below it. The command line sees every module, so the rule is checked
 * here.
 */
class ModuleDependencyTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.entwine");

  @Test
  void onlyTheEntryPointChoosesAndOpensAStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.entwine.store..")
        .and()
        .doNotHaveFullyQualifiedName(StoreLocation.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.entwine.store..")
        .because(
            "the commands, the web and the use cases work through the Store contract of the core;"
                + " StoreLocation, which the entry points call, chooses and opens the store")
        .check(CLASSES);
  }

  @Test
  void eachModuleReachesOnlyTheModulesBelowIt() {
    var classes = CLASSES;
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy(
            "org.entwine.actor..",
            "org.entwine.diagnostics..",
            "org.entwine.events..",
            "org.entwine.evidence..",
            "org.entwine.framework..",
            "org.entwine.indicator..",
            "org.entwine.input..",
            "org.entwine.method..",
            "org.entwine.registry..",
            "org.entwine.source..",
            "org.entwine.storage..",
            "org.entwine.time..",
            "org.entwine.trust..",
            "org.entwine.validation..")
        .layer("json")
        .definedBy("org.entwine.json..")
        .layer("exchange")
        .definedBy("org.entwine.exchange..")
        .layer("store")
        .definedBy("org.entwine.store..")
        .layer("datasets")
        .definedBy("org.entwine.datasets..")
        .layer("app")
        .definedBy("org.entwine.app..")
        .layer("report")
        .definedBy("org.entwine.report..")
        .layer("web")
        .definedBy("org.entwine.web..")
        .layer("cli")
        .definedBy("org.entwine.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("web")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("web", "cli")
        .whereLayer("app")
        .mayOnlyBeAccessedByLayers("report", "web", "cli")
        .whereLayer("datasets")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("exchange")
        .mayOnlyBeAccessedByLayers("datasets", "app", "report", "web", "cli")
        .whereLayer("json")
        .mayOnlyBeAccessedByLayers("exchange", "store", "datasets", "app", "report", "web", "cli")
        // a new package belongs to a layer, or this test says so (the core's test jar, on this
        // module's test path, is no layer)
        .ensureAllClassesAreContainedInArchitectureIgnoring("org.entwine", "org.entwine.testing..")
        .check(classes);
  }
}
