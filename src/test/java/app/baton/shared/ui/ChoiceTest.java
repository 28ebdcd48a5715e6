package app.baton.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @Test
    void a_choice_is_one_element_with_its_label_and_the_chosen_option_marked() {
        Choice<Integer> year = new Choice<>("會計年度", List.of(2025, 2026, 2027), y -> y + " <年>", 2026);

        assertThat(year.getElement().getChildCount()).isZero();
        Element html = Jsoup.parseBodyFragment(year.html()).body();
        assertThat(html.selectFirst(".choice-label").text()).isEqualTo("會計年度");
        assertThat(html.selectFirst("select").attr("aria-label")).isEqualTo("會計年度");
        assertThat(html.select("select > option"))
                .extracting(Element::text)
                .containsExactly("2025 <年>", "2026 <年>", "2027 <年>");
        assertThat(html.select("option[selected]"))
                .extracting(o -> o.attr("value"))
                .containsExactly("1");
        assertThat(year.getElement().getProperty("innerHTML")).isEqualTo(year.html());
    }

    @Test
    void a_persons_choice_reaches_the_listener_once_and_nothing_outside_the_list_does() {
        List<String> chosen = new ArrayList<>();
        Choice<String> kpi = new Choice<>("KPI", List.of("ROAS", "CAC", "CR"), k -> k, "ROAS").onChoose(chosen::add);

        ChoiceEvents.choose(kpi, "2");
        ChoiceEvents.choose(kpi, "2");
        ChoiceEvents.choose(kpi, "7");
        ChoiceEvents.choose(kpi, "-1");
        ChoiceEvents.choose(kpi, "CAC");

        assertThat(chosen).containsExactly("CR");
        assertThat(kpi.getValue()).isEqualTo("CR");
        assertThat(Jsoup.parseBodyFragment(kpi.html())
                        .select("option[selected]")
                        .text())
                .isEqualTo("CR");
    }

    @Test
    void the_server_sets_one_of_the_items_without_calling_the_listener() {
        List<String> chosen = new ArrayList<>();
        Choice<String> kpi = new Choice<>("KPI", List.of("ROAS", "CAC"), k -> k, "ROAS").onChoose(chosen::add);
        kpi.setValue("CAC");
        assertThat(chosen).isEmpty();
        assertThat(Jsoup.parseBodyFragment(kpi.html())
                        .select("option[selected]")
                        .text())
                .isEqualTo("CAC");
        assertThatThrownBy(() -> kpi.setValue("LTV")).isInstanceOf(IllegalArgumentException.class);
    }
}
