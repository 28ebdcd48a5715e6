package app.baton.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SimpleTableTest {

    /** A figure's link as the dashboard made it before {@link SimpleTable.Link}: a router link with its class. */
    private static Anchor figureLink(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("figure-link");
        return link;
    }

    /** A claim above the company's own figure, marked. */
    private static Span over() {
        Span over = new Span("12 ▲");
        over.addClassName("compare-over");
        return over;
    }

    @Test
    void a_table_is_one_element_whose_html_has_the_rows_cells_and_links() {
        SimpleTable table = new SimpleTable(List.of("月份", "實際", "宣稱"))
                .addRow(List.of("2026 年 8 月", figureLink("dashboard/sources?year=2026&month=7", "NT$5,000"), over()))
                .addTextRow(List.of("2026 年 9 月", "—", "3"));

        // the server keeps the wrapper only: no element per row, cell or text
        assertThat(table.getElement().getChildCount()).isZero();
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.rowTexts())
                .containsExactly(List.of("2026 年 8 月", "NT$5,000", "12 ▲"), List.of("2026 年 9 月", "—", "3"));

        Element html = Jsoup.parseBodyFragment(table.html()).selectFirst("table.simple-table");
        assertThat(html).isNotNull();
        assertThat(html.select("thead th[scope=col]")).extracting(Element::text).containsExactly("月份", "實際", "宣稱");
        assertThat(html.select("thead th.num")).hasSize(2);
        assertThat(html.select("tbody th[scope=row]")).hasSize(2);
        Element a = html.selectFirst("td.num > a.figure-link[router-link]");
        assertThat(a).isNotNull();
        assertThat(a.attr("href")).isEqualTo("dashboard/sources?year=2026&month=7");
        assertThat(html.select("td > span.compare-over"))
                .extracting(Element::text)
                .containsExactly("12 ▲");
    }

    @Test
    void a_link_or_marked_cell_is_written_as_the_component_it_stands_for_would_be() {
        String fromComponents = new SimpleTable(List.of("月份", "實際", "宣稱"))
                .addRow(List.of(
                        "2026 年 8 月",
                        figureLink("dashboard/sources?year=2026&month=7&tier=CORE", "NT$5,000 <b>"),
                        over()))
                .html();
        String fromCells = new SimpleTable(List.of("月份", "實際", "宣稱"))
                .addRow(List.of(
                        "2026 年 8 月",
                        new SimpleTable.Link(
                                "dashboard/sources?year=2026&month=7&tier=CORE", "NT$5,000 <b>", "figure-link"),
                        new SimpleTable.Marked("12 ▲", "compare-over")))
                .html();
        assertThat(Jsoup.parseBodyFragment(fromCells).body().html())
                .isEqualTo(Jsoup.parseBodyFragment(fromComponents).body().html());
        assertThat(Jsoup.parseBodyFragment(fromCells).select("b")).isEmpty();
    }

    @Test
    void rows_added_after_the_html_was_read_are_in_the_next_reading() {
        SimpleTable table = new SimpleTable(List.of("a", "b")).addTextRow(List.of("1", "2"));
        assertThat(table.rowTexts()).containsExactly(List.of("1", "2"));
        table.addTextRow(List.of("3", "4")).addTextRow(List.of("5", "6"));
        assertThat(table.rowTexts()).containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
        assertThat(table.html()).endsWith("</tbody></table>").startsWith("<table class=\"simple-table\">");
    }

    @Test
    void pages_showing_the_same_html_keep_one_copy_of_it() {
        // two people's pages with the same navigation or table: equal texts made apart
        String first =
                new SimpleTable(List.of("月份")).addTextRow(List.of("2026 年 8 月")).html();
        String second =
                new SimpleTable(List.of("月份")).addTextRow(List.of("2026 年 8 月")).html();
        assertThat(second).isEqualTo(first).isNotSameAs(first);

        com.vaadin.flow.component.html.Div one = new com.vaadin.flow.component.html.Div();
        com.vaadin.flow.component.html.Div other = new com.vaadin.flow.component.html.Div();
        String kept = Markup.write(one, first);
        assertThat(Markup.write(other, second)).isSameAs(kept);
        assertThat(other.getElement().getProperty("innerHTML")).isSameAs(kept);
        assertThat(Markup.write(other, "<p>else</p>")).isEqualTo("<p>else</p>");
    }

    @Test
    void texts_from_people_are_escaped_not_read_as_html() {
        SimpleTable table = new SimpleTable(List.of("<b>channel</b>", "x"))
                .addTextRow(List.of("<img src=x onerror=alert(1)>", "a & b"));
        Element html = Jsoup.parseBodyFragment(table.html()).body();
        assertThat(html.select("img, b")).isEmpty();
        assertThat(table.rowTexts()).containsExactly(List.of("<img src=x onerror=alert(1)>", "a & b"));
        assertThat(html.select("thead th").first().text()).isEqualTo("<b>channel</b>");
    }

    @Test
    void a_cell_that_needs_the_server_cannot_be_written_as_html() {
        // a field keeps its value as a property and listens for changes: as HTML it would be dead
        SimpleTable table = new SimpleTable(List.of("a", "b"));
        TextField field = new TextField();
        field.setValue("typed");
        assertThatThrownBy(() -> table.addRow(List.of("row", field)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("properties");
        assertThatThrownBy(() -> table.addRow(List.of("row", 3))).isInstanceOf(IllegalArgumentException.class);
        // and no half row is left behind
        assertThat(table.rowCount()).isZero();
    }
}
