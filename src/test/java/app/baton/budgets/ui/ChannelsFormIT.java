package app.baton.budgets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelName;
import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The channels page's name fields are bound to {@code ChannelName}: a blank name is refused beside the field before
 * anything is sent, a name the company already has is refused beside it by the service, and a rename starts from the
 * channel's name.
 */
class ChannelsFormIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    ChannelService channels;

    Company company;

    @BeforeEach
    void company() throws Exception {
        company = companies.create("channels-form");
    }

    @Test
    void a_blank_name_is_refused_beside_the_field_and_a_typed_one_is_added_without_its_spaces() throws Exception {
        signInAs(company.founder());
        ChannelsView view = navigate(ChannelsView.class);
        TextField name = $(TextField.class, view).first();
        assertThat(name.getMaxLength()).isEqualTo(ChannelName.MAX);
        name.setValue("   ");
        test(lastButton("加入")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("請輸入 1 到 100 個字的通路名稱。");
        assertThat(own()).isEmpty();

        name.setValue("  Podcast 贊助  ");
        test(lastButton("加入")).click();
        assertThat(own()).containsExactly("Podcast 贊助");
        assertThat(name.getValue()).isEmpty();
        assertThat(name.isInvalid()).isFalse();

        name.setValue("podcast 贊助");
        test(lastButton("加入")).click();
        assertThat(name.getErrorMessage()).isEqualTo("已經有同名的通路了。");
        assertThat(own()).containsExactly("Podcast 贊助");
    }

    @Test
    void a_rename_starts_from_the_channels_name_and_saves_the_new_one() throws Exception {
        companies.run(company.founder(), () -> channels.add("Podcast 贊助"));
        signInAs(company.founder());
        ChannelsView view = navigate(ChannelsView.class);
        @SuppressWarnings("unchecked")
        Grid<ChannelView> grid = $(Grid.class, view).single();
        int own = test(grid).size() - 1;
        assertThat(test(grid).getRow(own).name()).isEqualTo("Podcast 贊助");
        Button rename =
                $(Button.class, test(grid).getCellComponent(own, 2)).all().get(0);
        assertThat(rename.getText()).isEqualTo("改名");
        test(rename).click();
        Dialog dialog = $(Dialog.class).single();
        TextField name = $(TextField.class, dialog).single();
        assertThat(name.getValue()).isEqualTo("Podcast 贊助");

        name.setValue("");
        test(lastButton("儲存")).click();
        assertThat(name.getErrorMessage()).isEqualTo("請輸入 1 到 100 個字的通路名稱。");
        assertThat(dialog.isOpened()).isTrue();

        name.setValue("Podcast 與廣播");
        test(lastButton("儲存")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(own()).containsExactly("Podcast 與廣播");
    }

    @Test
    void the_founder_says_what_kind_of_channel_it_is_and_the_choice_is_kept() throws Exception {
        ChannelView added = companies.as(company.founder(), () -> channels.add("部落格經營"));
        signInAs(company.founder());
        ChannelsView view = navigate(ChannelsView.class);
        @SuppressWarnings("unchecked")
        Grid<ChannelView> grid = $(Grid.class, view).single();
        int own = test(grid).size() - 1;
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<app.baton.budgets.ChannelKind> kind = $(
                        com.vaadin.flow.component.select.Select.class,
                        test(grid).getCellComponent(own, 1))
                .single();
        assertThat(kind.getValue()).isEqualTo(app.baton.budgets.ChannelKind.OTHER);
        test(kind).selectItem("內容行銷");
        assertThat(companies.as(company.founder(), () -> channels.channels()).stream()
                        .filter(c -> c.id() == added.id())
                        .findFirst()
                        .orElseThrow()
                        .kind())
                .isEqualTo(app.baton.budgets.ChannelKind.CONTENT);
    }

    /** The names of the company's own channels (the default ones have a code). */
    private List<String> own() throws Exception {
        return companies.as(
                company.founder(),
                () -> channels.channels().stream()
                        .filter(c -> c.code() == null)
                        .map(ChannelView::name)
                        .toList());
    }
}
