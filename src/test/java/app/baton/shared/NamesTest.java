package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.shared.storage.Uploads;
import org.junit.jupiter.api.Test;

/** Names shown to others carry no control or reordering characters. */
class NamesTest {

    @Test
    void a_right_to_left_override_cannot_disguise_a_file_name() {
        assertThat(Uploads.displayName("invoice\u202Egpj.csv")).isEqualTo("invoicegpj.csv");
        assertThat(Uploads.displayName("C:\\reports\\Oct\u2066ober\u2069.xlsx")).isEqualTo("October.xlsx");
    }

    @Test
    void names_keep_chinese_and_spaces_and_lose_controls_and_direction_marks() {
        assertThat(Names.clean("  亮點廣告\u200F Bright\u0007 Ads\u202C ")).isEqualTo("亮點廣告 Bright Ads");
        assertThat(Names.clean("林記\r\n食品")).isEqualTo("林記食品");
        assertThat(Names.unsafe("陳家茶行")).isFalse();
        assertThat(Names.unsafe("a\u202Eb")).isTrue();
    }

    /** The fast scan and the expression agree on every character (the scan decides whether the expression runs). */
    @Test
    void the_character_scan_and_the_expression_agree_on_every_character() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            org.assertj.core.api.Assertions.assertThat(Names.unsafe((char) c))
                    .as("U+%04X", c)
                    .isEqualTo(Names.unsafe(one));
        }
        org.assertj.core.api.Assertions.assertThat(Names.clean(" 春季\u202E檔期 ")).isEqualTo("春季檔期");
        org.assertj.core.api.Assertions.assertThat(Names.clean(" 春季檔期 ")).isEqualTo("春季檔期");
    }
}
