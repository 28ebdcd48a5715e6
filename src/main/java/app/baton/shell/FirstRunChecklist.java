package app.baton.shell;

import app.baton.security.MembershipRole;
import app.baton.shared.ui.HomeContribution;
import app.baton.shared.ui.HomeContribution.Step;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new founder's first steps on the home page, each ticked by what exists rather than by a click, the next one's
 * button primary; gone once every step is done.
 */
final class FirstRunChecklist extends Div {

    /** One step of a new company's start: what to do, where, and whether it is done already. */
    record FirstRunStep(String key, String route, boolean done) {}

    /**
     * A new company's first steps, each ticked by what exists rather than by a click: the modules' (a plan for this
     * or next year, guardrails confirmed, an agency engaged) and the team's (the successor invited or joined, the
     * first agency invited or joined). A step named by several is done when any says so.
     */
    static List<FirstRunStep> firstRun(
            List<HomeContribution.Part> parts,
            List<MembershipService.MemberView> members,
            List<InvitationService.PendingInvitation> pending) {
        List<Step> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.steps()));
        boolean successor = members.stream().anyMatch(m -> m.role() == MembershipRole.SUCCESSOR)
                || pending.stream().anyMatch(i -> i.role() == MembershipRole.SUCCESSOR);
        boolean agency = members.stream().anyMatch(m -> m.role() == MembershipRole.VENDOR)
                || pending.stream().anyMatch(i -> i.role() == MembershipRole.VENDOR);
        all.add(new Step(30, "successor", "members", successor));
        all.add(new Step(40, "agency", "members", agency));
        Map<String, FirstRunStep> byKey = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparingInt(Step::order))
                .forEach(step -> byKey.merge(
                        step.key(),
                        new FirstRunStep(step.key(), step.route(), step.done()),
                        (a, b) -> new FirstRunStep(a.key(), a.route(), a.done() || b.done())));
        return List.copyOf(byKey.values());
    }

    FirstRunChecklist(List<FirstRunStep> steps) {
        Div box = this;
        box.addClassNames("home-card", "home-card-first", "first-run");
        long done = steps.stream().filter(FirstRunStep::done).count();
        box.add(new H3(getTranslation("home.firstRun.title")));
        box.add(new Paragraph(getTranslation("home.firstRun.progress", done, steps.size())));
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        list.addClassName("first-run-steps");
        boolean nextShown = false;
        for (FirstRunStep step : steps) {
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem();
            item.addClassName(step.done() ? "step-done" : "step-open");
            Span mark = new Span(step.done() ? "✓" : "");
            mark.addClassName("step-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            Div text = new Div(new Span(getTranslation("home.firstRun." + step.key())));
            text.addClassName("step-text");
            if (step.done()) {
                Span state = new Span(getTranslation("home.firstRun.done"));
                state.addClassName("hint");
                text.add(state);
            } else {
                Button go = new Button(
                        getTranslation("home.firstRun." + step.key() + ".action"),
                        click -> UI.getCurrent().navigate(step.route()));
                if (!nextShown) {
                    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    nextShown = true;
                }
                text.add(go);
            }
            item.add(mark, text);
            list.add(item);
        }
        box.add(list);
    }
}
