package app.baton.shell;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML page around every view: Lumo, Baton's stylesheet from {@code frontend/}, and phone viewport settings. */
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/baton.css")
@Meta(name = "theme-color", content = "#1f4e79")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.setPageTitle("Baton 交棒");
    }
}
