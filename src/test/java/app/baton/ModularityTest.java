package app.baton;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only as their package-info allows, with no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_declared_dependencies() {
        modules.verify();
    }

    @Test
    void module_overview_is_written() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
