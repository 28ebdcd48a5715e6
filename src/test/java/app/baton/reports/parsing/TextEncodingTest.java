package app.baton.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import app.baton.shared.tables.TextEncoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a text file's encoding is told (decision 010): byte-order mark, valid UTF-8, then the detector. */
class TextEncodingTest {

    private static final Charset CP950 = Charset.forName("x-windows-950");

    @Test
    void a_byte_order_mark_decides_and_is_skipped() {
        byte[] le = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, "日期\t管道".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextEncoding.of(le)).isEqualTo(new TextEncoding.Told(TextEncoding.UTF_16LE, 2, false));
        byte[] be = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, "日期\t管道".getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextEncoding.of(be)).isEqualTo(new TextEncoding.Told(TextEncoding.UTF_16BE, 2, false));
        byte[] utf8 =
                withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "日期".getBytes(StandardCharsets.UTF_8));
        assertThat(TextEncoding.of(utf8)).isEqualTo(new TextEncoding.Told(TextEncoding.UTF_8, 3, false));
    }

    @Test
    void a_short_big5_file_is_detected_and_read_with_its_chinese_header() {
        byte[] big5 = "廣告活動,曝光,點擊,費用\r\n品牌字,1200,30,500\r\n競品字,800,10,300\r\n".getBytes(CP950);
        assertThat(TextEncoding.of(big5)).isEqualTo(new TextEncoding.Told(TextEncoding.BIG5, 0, true));
        ParsedReport report = ReportParser.parse(big5, ReportParser.Limits.defaults());
        assertThat(report.format()).isEqualTo(ReportFormat.GOOGLE_ADS);
        assertThat(report.rows()).extracting(ReportRow::campaign).containsExactly("品牌字", "競品字");
        assertThat(report.encoding()).isEqualTo(TextEncoding.BIG5);
        // cp950 has characters plain Big5 lacks (碁, 銹): they come through
        byte[] extra = "廣告活動,曝光,點擊,費用\r\n圍棋碁盤禮盒,1200,30,500\r\n".getBytes(CP950);
        assertThat(ReportParser.parse(extra, ReportParser.Limits.defaults())
                        .rows()
                        .get(0)
                        .campaign())
                .isEqualTo("圍棋碁盤禮盒");
    }

    @Test
    void text_whose_encoding_cannot_be_told_is_refused_with_the_clear_message() {
        // Latin-1 text: the detector names a Western code page, which is not one Baton reads
        byte[] latin = "campaign,impressions,clicks,cost\nCaf\u00e9 cr\u00e8me br\u00fbl\u00e9e,100,2,30\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ReportParser.parse(latin, ReportParser.Limits.defaults()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("report.notUtf8");
        // a UTF-16 mark followed by an unpaired surrogate does not decode: refused, not read as garbage
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00};
        assertThatThrownBy(() -> ReportParser.parse(broken, ReportParser.Limits.defaults()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("report.notUtf8");
    }

    @Test
    void a_bad_sequence_far_into_a_large_file_is_still_refused_while_it_is_read() {
        // valid UTF-8 with Chinese for more than the window that is checked before reading, then a stray Big5 byte pair
        StringBuilder text = new StringBuilder("campaign,impressions,clicks,cost\n");
        while (text.length() < 4_500_000) {
            text.append("品牌字活動,1200,30,500\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(good.length).isGreaterThan(6 * 1024 * 1024);
        byte[] bad = withPrefix(good, "競品,800,10,300\n".getBytes(CP950));
        assertThat(TextEncoding.of(bad).encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThatThrownBy(
                        () -> ReportParser.parse(bad, new ReportParser.Limits(64L << 20, 1_000_000, 100, 256L << 20)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("report.notUtf8");
        // a zero byte anywhere is not text
        byte[] binary = good.clone();
        binary[good.length - 3] = 0;
        assertThatThrownBy(() ->
                        ReportParser.parse(binary, new ReportParser.Limits(64L << 20, 1_000_000, 100, 256L << 20)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("report.notSpreadsheet");
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
