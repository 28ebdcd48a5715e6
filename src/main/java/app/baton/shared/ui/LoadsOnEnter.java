package app.baton.shared.ui;

import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A view that reads everything it shows in {@code beforeEnter}, on every navigation to it — so when the router
 * reuses it (the same view again, e.g. the dashboard with another year or month in its address) it is already fresh
 * and need not be built a second time (the shell's {@code FreshViews} rebuilds every other view it sees reused).
 */
public interface LoadsOnEnter extends BeforeEnterObserver {}
