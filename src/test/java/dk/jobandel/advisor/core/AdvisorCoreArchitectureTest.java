package dk.jobandel.advisor.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AdvisorCoreArchitectureTest {

    @Test
    void theAdvisorCoreIsPlainJava() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.jobandel.advisor");
        noClasses()
                .that()
                .resideInAPackage("dk.jobandel.advisor.core..")
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
                .because("the package-info only names the package as part of the module's API")
                .check(classes);
    }
}
