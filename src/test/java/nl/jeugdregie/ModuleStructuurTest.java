package nl.jeugdregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries (Spring Modulith) and a few rules of the house (ArchUnit). */
class ModuleStructuurTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.jeugdregie");

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(JeugdregieApplication.class).verify();
    }

    @Test
    void theMessageStoreKnowsNothingOfWhatIsDerivedFromIt() {
        noClasses().that().resideInAPackage("nl.jeugdregie.messages..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.jeugdregie.care..", "nl.jeugdregie.web..",
                        "nl.jeugdregie.demo..", "nl.jeugdregie.cli..")
                .check(KLASSEN);
    }

    @Test
    void theDomainRulesAreFreeOfFrameworkCode() {
        noClasses().that().haveSimpleNameEndingWith("Bouwer").or().haveSimpleName("Feiten")
                .or().resideInAPackage("nl.jeugdregie.region").and().areNotAnnotatedWith(org.springframework.stereotype.Service.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(KLASSEN);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(KLASSEN);
    }

    @Test
    void onlyTheCommandLineEndsTheProcess() {
        noClasses().that().resideOutsideOfPackage("nl.jeugdregie.cli..").and().doNotHaveSimpleName("JeugdregieApplication")
                .should().callMethod(System.class, "exit", int.class)
                .check(KLASSEN);
    }
}
