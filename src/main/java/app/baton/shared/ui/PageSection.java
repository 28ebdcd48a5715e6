package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section one module adds to another module's page without that page depending on it (e.g. the experiments'
 * track record beside the delegated-limit guardrail and on the profile).
 */
public interface PageSection {

    /** The path of the page it belongs on, as in that view's route annotation. */
    String page();

    /** The section for the signed-in person, or empty when there is nothing to show them. */
    Optional<Component> create();

    /** Adds every section for {@code page} to {@code target}. */
    static void addAll(
            java.util.List<PageSection> sections, String page, com.vaadin.flow.component.HasComponents target) {
        sections.stream()
                .filter(s -> s.page().equals(page))
                .forEach(s -> s.create().ifPresent(target::add));
    }
}
