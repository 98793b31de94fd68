package dk.jobandel.impact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ImpactCoreArchitectureTest {

    @Test
    void theImpactCoreIsPlainJava() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.jobandel.impact");
        noClasses()
                .that()
                .resideInAPackage("dk.jobandel.impact.core..")
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
