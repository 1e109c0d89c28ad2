package org.gflow.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep G-Flow's architecture as its modules describe it: a plain plugin API, LDAP
 * filters built by the SDK's escaping factories, feature packages without cycles.
 */
class ArchitectureTest {

    private static final JavaClasses GFLOW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // test jars of other modules (the ldap fixtures, with their deliberate offenders) are not G-Flow's code
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.gflow");

    @Test
    void thePluginApiIsPlainJava() {
        classes()
                .that()
                .resideInAPackage("org.gflow.plugin.api..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gflow.plugin.api..", "com.google.i18n.phonenumbers..")
                .because("a plugin must survive engine upgrades: no Camunda, Spring or OSGi type in its API")
                .check(GFLOW);
        classes()
                .that()
                .resideInAPackage("org.gflow.plugin.api")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gflow.plugin.api..")
                .because("the core of the API is plain Java; only its shared text rules use a library (libphonenumber)")
                .check(GFLOW);
    }

    @Test
    void noLdapFilterIsBuiltFromAString() {
        noClasses()
                .should()
                .callMethod(com.unboundid.ldap.sdk.Filter.class, "create", String.class)
                .because("filters are built with the SDK's factories, which escape their values")
                .check(GFLOW);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.gflow.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a feature package is understood on its own; a cycle makes two features one")
                .check(GFLOW);
        slices().matching("org.gflow.engine.(*)..")
                .should()
                .beFreeOfCycles()
                .because("the engine's features depend on each other in one direction only")
                .check(GFLOW);
    }

    @Test
    void noPackageCycles() {
        // each package its own slice: a feature's sub-packages (documents.web, documents.layout, ...)
        // depend on each other in one direction too, so a sub-package can be read without its parent's
        slices().matching("org.gflow.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package cycle makes two packages one that cannot be understood or moved apart")
                .check(GFLOW);
    }
}
