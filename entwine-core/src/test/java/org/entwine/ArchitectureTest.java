package org.entwine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core holds the domain and its algorithms; it depends on no web, database, format or engine
 * library.
 */
class ArchitectureTest {
  @Test
  void theCoreDependsOnNoAdapterLibrary() {
    var core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entwine");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml..",
            "org.yaml..",
            "de.siegmar..",
            "org.duckdb..",
            "java.sql..",
            "picocli..",
            "io.javalin..",
            "org.apache.spark..",
            "org.postgresql..")
        .check(core);
  }

  @Test
  void theCapabilitiesOfTheCoreDoNotDependOnEachOtherInACycle() {
    var core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entwine");
    slices().matching("org.entwine.(*)..").should().beFreeOfCycles().check(core);
  }
}
