package dk.jobandel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JobandelApplication.class);

    /**
     * The production classes, imported once for all the ArchUnit rules below (an import takes over a second); a rule
     * about one package checks only the classes that reside in it, whatever else was imported.
     */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.jobandel");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theMatchingEngineIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("dk.jobandel.matching.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * Each module's {@code core} (its rules) imports no Spring, JPA or JDBC (house style). The package-info only names
     * the package as part of the module's API ("core").
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"partnerships", "procurement", "impact", "advisor"})
    void eachModulesRulesArePlainJava(String module) {
        noClasses()
                .that()
                .resideInAPackage("dk.jobandel." + module + ".core..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "java.sql..",
                        "javax.sql..")
                .check(CLASSES);
    }

    /**
     * Every {@code core} package of every module, today's and tomorrow's (issue 18), holds rules in plain Java: no
     * Spring, JPA, Hibernate or JDBC. The package-info only names the package as part of the module's API.
     */
    @Test
    void everyCorePackageIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("dk.jobandel..core..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "java.sql..",
                        "javax.sql..")
                .check(CLASSES);
    }

    /**
     * The module dependencies in {@code docs/module-dependencies.md} are Spring Modulith's, not written by hand: this
     * test fails when the code's dependencies and the file differ. Regenerate the file with
     * {@code ./mvnw test -Dtest=ModularityTests -Djobandel.docs.write=true}.
     */
    @Test
    void theDocumentedModuleDependenciesAreTheCodes() throws java.io.IOException {
        var generated = ModuleDependencyTable.of(modules);
        var file = java.nio.file.Path.of("docs", "module-dependencies.md");
        if (Boolean.getBoolean("jobandel.docs.write")) {
            java.nio.file.Files.writeString(file, generated);
        }
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(file))
                .as("docs/module-dependencies.md is out of date: regenerate it with"
                        + " ./mvnw test -Dtest=ModularityTests -Djobandel.docs.write=true")
                .isEqualTo(generated);
    }

    /**
     * The overview diagram of the modules, on every run; the diagram of each module on its own (which nothing reads
     * or checks, and which took most of this test's seconds) with {@code -Djobandel.docs.write=true}, like
     * {@code docs/module-dependencies.md}.
     */
    @Test
    void writesModuleDocumentation() throws java.io.IOException {
        var documenter = new Documenter(modules).writeModulesAsPlantUml();
        if (Boolean.getBoolean("jobandel.docs.write")) {
            documenter.writeIndividualModulesAsPlantUml();
        }
        java.nio.file.Path diagram = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(diagram))
                .contains("\"Members\"", "\"Freelancers\"", "\"Roles\"", "\"Matching\"", "\"Platform\"")
                .containsPattern("Rel\\(\\S*Matching, \\S*Roles, \"uses\"");
    }
}
