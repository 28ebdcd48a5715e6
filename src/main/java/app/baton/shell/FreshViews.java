package app.baton.shell;

import app.baton.shared.ui.LoadsOnEnter;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every navigation shows a freshly built view, while the main layout is kept for the life of the page.
 *
 * <p>Vaadin's router reuses the instance of a view whose class is already shown — a second tap on 首頁, or a link
 * from one experiment to another — and most views load their data when they are built. This listener notices
 * such a reuse after the navigation and has the router build the view again ({@code refreshCurrentRoute}),
 * so a person who taps 首頁 to see what changed sees it. Views used to be rebuilt by accident: method-security
 * proxies gave each navigation a new class (decision 017). A view that reads all it shows in {@code beforeEnter}
 * says so ({@link LoadsOnEnter}) and is left as the router reused it — the dashboard, whose year
 * and month choices are navigations to itself, is not read twice.
 */
@Component
class FreshViews implements VaadinServiceInitListener {

    private static final String SHOWN = FreshViews.class.getName() + ".shown";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(FreshViews::check));
    }

    static void check(AfterNavigationEvent event) {
        List<HasElement> chain = event.getActiveChain();
        if (chain.isEmpty()) {
            return;
        }
        UI ui = event.getLocationChangeEvent().getUI();
        HasElement shown = chain.get(0);
        Object before = ComponentUtil.getData(ui, SHOWN);
        ComponentUtil.setData(ui, SHOWN, shown);
        boolean reused = shown == before && !(shown instanceof LoadsOnEnter);
        if (reused && event.getLocationChangeEvent().getTrigger() != NavigationTrigger.REFRESH_ROUTE) {
            // once this navigation has finished (the router refuses a second one to the same place inside it), before
            // the answer is written: the browser only ever receives the fresh view
            ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(false));
        }
    }
}
