package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The navigation's icons come from Baton's own sprite ({@code icons/nav.svg}), not Vaadin's icon set, because the
 * layout's dependencies load with the sign-in page (issue 16): every {@code @Menu} icon must have its symbol there.
 */
class NavIconsTest {

    @Test
    void every_menu_entry_has_its_icon_in_the_navigation_sprite() throws IOException {
        String sprite;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/" + MainLayout.NAV_ICONS)) {
            assertThat(in).as("the navigation sprite is on the class path").isNotNull();
            sprite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> icons = scanner.findCandidateComponents("app.baton").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(NavIconsTest::menuIcon)
                .toList();

        assertThat(icons).as("menu entries found").hasSizeGreaterThan(10);
        assertThat(icons).allSatisfy(icon -> {
            assertThat(icon).startsWith("vaadin:");
            assertThat(sprite).contains("<symbol id=\"" + icon.substring("vaadin:".length()) + "\"");
        });
    }

    private static String menuIcon(String className) {
        try {
            return Class.forName(className).getAnnotation(Menu.class).icon();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
