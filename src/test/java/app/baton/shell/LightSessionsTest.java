package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.shell.LightSessions.CompactLastAnswer;
import app.baton.shell.LightSessions.Packed;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LightSessionsTest {

    /** An answer like the dashboard's: JSON with Traditional Chinese texts, well above the threshold. */
    private static String bigAnswer() {
        StringBuilder json = new StringBuilder("{\"syncId\":7,\"clientId\":3,\"changes\":[");
        for (int i = 0; i < 2_000; i++) {
            json.append("{\"node\":")
                    .append(i)
                    .append(",\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"預算 NT$")
                    .append(i * 37)
                    .append(" 已核准 ✓\"},");
        }
        return json.append("{}]}").toString();
    }

    @Test
    void a_packed_answer_comes_back_exactly_and_takes_a_fraction_of_the_room() {
        String answer = bigAnswer();
        Packed packed = Packed.of(answer);
        assertThat(packed.text()).isEqualTo(answer);
        // a String holding Chinese keeps two bytes a character
        assertThat(packed.deflated().length).isLessThan(answer.length() * 2 / 10);
        assertThat(Packed.of("").text()).isEmpty();
        String odd = "😀 surrogate pairs and \u0000 nulls 龍";
        assertThat(Packed.of(odd).text().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(odd.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_large_last_answer_is_kept_packed_and_unpacked_for_a_resent_message() {
        UI ui = new UI();
        String answer = bigAnswer();
        ui.getInternals().setLastRequestResponse(answer);

        CompactLastAnswer.pack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        assertThat(ComponentUtil.getData(ui, Packed.class)).isNotNull();

        CompactLastAnswer.unpack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);

        // a later small answer is kept as Vaadin keeps it, and the packed one is let go
        ui.getInternals().setLastRequestResponse("{\"syncId\":8}");
        CompactLastAnswer.pack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":8}");
        assertThat(ComponentUtil.getData(ui, Packed.class)).isNull();
        CompactLastAnswer.unpack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":8}");
    }

    @Test
    void signing_in_closes_the_sign_in_pages_of_the_session_and_no_other() {
        UI signInPage = new UI();
        UI otherTab = new UI();
        LightSessions.closeSignInPages(signInPage, false, List.of());
        LightSessions.closeSignInPages(otherTab, true, List.of(signInPage));
        // signing in: the first signed-in page closes the sign-in page, not the other signed-in tab
        UI afterSignIn = new UI();
        LightSessions.closeSignInPages(afterSignIn, true, List.of(signInPage, otherTab, afterSignIn));

        assertThat(signInPage.isClosing()).isTrue();
        assertThat(otherTab.isClosing()).isFalse();
        assertThat(afterSignIn.isClosing()).isFalse();
    }
}
