package app.baton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The decision records say what the code does: decision 001's table has every module with the dependencies its
 * package-info allows, decision 003 names every global table, and every record is dated. The README's "Where things
 * are" links lead to files that exist.
 */
class DocsTest {

    private static final Path DECISIONS = Path.of("docs/decisions");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void decision_001_lists_every_module_with_what_its_package_info_allows() throws Exception {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DECISIONS.resolve("001-modules-and-layout.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length == 4 && cells[1].strip().startsWith("`")) {
                table.put(codes(cells[1]).getFirst(), new TreeSet<>(codes(cells[3])));
            }
        }
        Map<String, Set<String>> code = new LinkedHashMap<>();
        for (var module : ApplicationModules.of(Application.class)) {
            String name = module.getIdentifier().toString();
            ApplicationModule declared =
                    Class.forName("app.baton." + name + ".package-info").getAnnotation(ApplicationModule.class);
            code.put(
                    name,
                    Arrays.stream(declared.allowedDependencies())
                            .filter(d -> !d.equals(ApplicationModule.OPEN_TOKEN))
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(table).containsExactlyInAnyOrderEntriesOf(code);
    }

    @Test
    void decision_003_names_every_global_table() throws IOException {
        String text = Files.readString(DECISIONS.resolve("003-tenant-isolation.md"));
        for (String entity : ArchitectureTest.GLOBAL_ENTITIES) {
            String table = tableOf(entity);
            assertThat(text).as("decision 003 names the global table %s", table).contains("`" + table + "`");
        }
    }

    @Test
    void every_decision_record_is_dated() throws IOException {
        try (Stream<Path> files = Files.list(DECISIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertThat(Files.readAllLines(file))
                        .as("%s has a Date: line", file.getFileName())
                        .anyMatch(l -> l.startsWith("Date: "));
            }
        }
    }

    @Test
    void the_readme_links_where_things_are_to_files_that_exist() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Where things are");
        assertThat(start).as("README has a \"Where things are\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher links = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)").matcher(section);
        int count = 0;
        while (links.find()) {
            assertThat(Path.of(links.group(1))).as("link %s", links.group(1)).exists();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(5);
    }

    private static List<String> codes(String cell) {
        Matcher m = CODE.matcher(cell);
        return m.results().map(r -> r.group(1)).collect(Collectors.toList());
    }

    private static String tableOf(String entity) {
        try {
            var table = Class.forName(entity).getAnnotation(jakarta.persistence.Table.class);
            return table.name();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(entity, e);
        }
    }
}
