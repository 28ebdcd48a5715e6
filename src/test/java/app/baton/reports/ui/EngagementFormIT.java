package app.baton.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementView;
import app.baton.reports.ReportFixtures;
import app.baton.shared.ids.EngagementId;
import app.baton.shared.ui.MoneyField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engagement form is bound to {@code EngagementService.Form}: a blank name and a due day past 28 are refused
 * beside their fields before anything is sent; an engagement opens with its values, fee split and targets, and what
 * is changed is what is saved.
 */
class EngagementFormIT extends BrowserlessTestBase {

    @Autowired
    app.baton.MutableClock clock;

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    app.baton.reports.EngagementQueryService engagementQueries;

    @Autowired
    ChannelService channels;

    @Test
    void a_blank_name_and_a_due_day_past_28_are_refused_beside_their_fields() throws Exception {
        Company c = companies.create("engagement-form-refusals");
        signInAs(c.founder());
        EngagementFormView form = navigate("engagements/new", EngagementFormView.class);
        TextField title = $(TextField.class, form).all().stream()
                .filter(t -> "名稱".equals(t.getLabel()) || t.getLabel().contains("名稱"))
                .findFirst()
                .orElse($(TextField.class, form).first());
        title.setValue(" ");
        IntegerField dueDay = $(IntegerField.class, form).first();
        dueDay.setValue(31);
        test(save(form)).click();

        assertThat(title.getErrorMessage()).isEqualTo("請輸入名稱（最多 200 字）。");
        assertThat(dueDay.getErrorMessage()).isEqualTo("繳交日必須在 1 到 28 之間。");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> scope = $(MultiSelectComboBox.class, form).first();
        assertThat(scope.getErrorMessage()).isEqualTo("請至少選擇一個使用中的管道。");
        assertThat(companies.as(c.founder(), () -> engagementQueries.engagements()))
                .isEmpty();
    }

    @Test
    void an_engagement_opens_with_its_values_and_saves_what_was_changed() throws Exception {
        Company c = companies.create("engagement-form-edit");
        List<ChannelService.ChannelView> all = companies.as(c.founder(), () -> channels.channels());
        EngagementView created = ReportFixtures.engagement(companies, c, engagements, channels);
        signInAs(c.founder());
        EngagementFormView form = navigate("engagements/" + created.id() + "/edit", EngagementFormView.class);

        MoneyField fee = $(MoneyField.class, form).first();
        assertThat(fee.getValue()).isEqualTo("NT$30,000");
        assertThat($(TargetsEditor.class, form).first().getValue())
                .singleElement()
                .satisfies(t -> assertThat(t.kpi()).isEqualTo(EngagementKpi.ROAS));
        // a second channel: the fee is split evenly, and the founder changes the split
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ChannelService.ChannelView> scope =
                $(MultiSelectComboBox.class, form).first();
        scope.setValue(Set.of(all.get(0), all.get(1)));
        List<IntegerField> split = $(FeeSplitField.class, form).first().percentages();
        assertThat(split).extracting(IntegerField::getValue).containsExactly(50, 50);
        split.get(0).setValue(70);
        split.get(1).setValue(30);
        fee.setValue("40,000");
        test(save(form)).click();

        EngagementView saved =
                companies.as(c.founder(), () -> engagementQueries.engagement(new EngagementId(created.id())));
        assertThat(saved.monthlyFee()).isEqualByComparingTo("40000");
        assertThat(saved.channelIds())
                .containsExactlyInAnyOrder(all.get(0).id(), all.get(1).id());
        // the percentages are shown in the channels' id order
        long first = Math.min(all.get(0).id(), all.get(1).id());
        long second = Math.max(all.get(0).id(), all.get(1).id());
        assertThat(saved.feeSplit()).containsEntry(first, 70).containsEntry(second, 30);
        assertThat(saved.targets()).hasSize(1);
        // the targets were not changed: no new period, nothing on the scorecard
        assertThat(saved.targetChanges()).isEmpty();
    }

    @Test
    void a_changed_target_is_kept_beside_the_old_one_and_the_scorecard_says_from_when() throws Exception {
        Company c = companies.create("engagement-form-target");
        EngagementView created = ReportFixtures.engagement(companies, c, engagements, channels);
        signInAs(c.founder());
        EngagementFormView form = navigate("engagements/" + created.id() + "/edit", EngagementFormView.class);
        TargetsEditor targets = $(TargetsEditor.class, form).first();
        targets.setValue(
                List.of(new app.baton.reports.EngagementTarget(EngagementKpi.ROAS, null, java.math.BigDecimal.TEN)));
        test(save(form)).click();

        EngagementView saved =
                companies.as(c.founder(), () -> engagementQueries.engagement(new EngagementId(created.id())));
        assertThat(saved.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("10"));
        assertThat(saved.targetHistory()).hasSize(2);
        java.time.YearMonth thisMonth = java.time.YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei")));
        assertThat(saved.targetChanges()).containsExactly(thisMonth);
        EngagementDetailsView details = navigate("engagements/" + created.id(), EngagementDetailsView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, details).all().stream()
                        .map(com.vaadin.flow.component.html.Paragraph::getText))
                .anyMatch(text -> text.startsWith("目標自 ") && text.contains("起有調整"));
    }

    private Button save(EngagementFormView form) {
        return $(Button.class, form).all().stream()
                .filter(b -> "儲存合約".equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
