package app.baton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other only as their package-info allows, with no cycles; and the committed picture of
 * them, {@code docs/modules.puml}, is what the code is today.
 */
class ModularityTest {

    static final Path COMMITTED = Path.of("docs/modules.puml");
    static final Path OUTPUT = Path.of("target/spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_declared_dependencies() {
        modules.verify();
    }

    @Test
    void the_committed_module_diagram_is_the_one_the_code_makes() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml();
        Path written = OUTPUT.resolve("components.puml");
        // the documenter lists modules and relations in no fixed order: compare the lines, not their order
        assertThat(lines(COMMITTED))
                .as("docs/modules.puml is stale: copy %s over it", written)
                .containsExactlyInAnyOrderElementsOf(lines(written));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }
}
