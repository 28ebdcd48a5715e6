package app.baton.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;

class StatusBadgeTest {

    record Row(String state, boolean good) {}

    @Test
    void a_grid_column_of_badges_is_drawn_by_the_browser_from_each_rows_text_and_tone() {
        LitRenderer<Row> renderer = StatusBadge.renderer(
                r -> new StatusBadge(r.state(), r.good() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.DANGER));

        Row row = new Row("已核准 <b>", true);
        assertThat(renderer.getValueProviders().get("text").apply(row)).isEqualTo("已核准 <b>");
        assertThat(renderer.getValueProviders().get("tone").apply(row)).isEqualTo("badge-success");
        assertThat(renderer.getValueProviders().get("tone").apply(new Row("退回", false)))
                .isEqualTo("badge-danger");
        // the same classes a badge component has, so the same styles apply
        assertThat(new StatusBadge("x", StatusBadge.Tone.SUCCESS).getClassNames())
                .containsExactlyInAnyOrder("baton-badge", "badge-success");
    }
}
