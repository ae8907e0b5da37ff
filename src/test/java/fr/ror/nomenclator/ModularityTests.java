package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build on a dependency cycle between modules or on a dependency a module does not allow. */
class ModularityTests {

    /** Production code only: tests may reach across modules and use shared test support. */
    static final ApplicationModules MODULES = ApplicationModules.of(NomenclatorApplication.class,
            DescribedPredicate.describe("test classes", (JavaClass c) -> c.getSource()
                    .map(s -> s.getUri().toString().contains("test-classes")).orElse(false)));

    @Test
    void modulesRespectTheirAllowedDependencies() {
        MODULES.verify();
    }

    @Test
    void theApplicationHasItsFiveModules() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
                .contains("terminology", "loaders", "governance", "fhir", "web");
    }

    @Test
    void terminologyDependsOnNoOtherModule() {
        ApplicationModule terminology = MODULES.getModuleByName("terminology").orElseThrow();
        assertThat(terminology.getBootstrapDependencies(MODULES).toList()).isEmpty();
        assertThat(MODULES.stream().filter(m -> !m.equals(terminology))
                .filter(m -> terminology.getDirectDependencies(MODULES).contains(m)).toList()).isEmpty();
    }
}
