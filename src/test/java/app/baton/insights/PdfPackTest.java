package app.baton.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.shared.export.Table;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The meeting pack's PDF: Chinese text is drawn with the embedded Noto Sans TC and can be read back. */
class PdfPackTest {

    @Test
    void traditional_chinese_renders_with_an_embedded_font_and_long_tables_continue_on_new_pages() throws Exception {
        Table budget = new Table("預算與實際", List.of("層級/管道", "預算", "實際支出"));
        budget.row("基礎穩健型", new BigDecimal("250000"), new BigDecimal("118000"));
        budget.row("林記食品的金額與支出", new BigDecimal("1"), BigDecimal.ZERO);
        for (int i = 0; i < 80; i++) {
            budget.row("管道 " + i + " 官網/登陸頁", new BigDecimal(i * 1000), BigDecimal.ZERO);
        }
        Table notes = new Table("會議決議", List.of("決議"));
        notes.row("=HYPERLINK(\"x\") 把 Meta Ads 的預算移到 LINE 官方帳號 😀 " + "很長的說明".repeat(40));
        byte[] pdf = PdfPack.write(
                "每月預算審查 · 2026年10月", "Baton · 2026 會計年度", List.of(budget, notes), a -> "NT$" + a.toPlainString());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            // the text layer says what was written: 月, 金, 支, 食 come back as the ideographs, not as the Kangxi or
            // supplement radicals that share their glyph in the font (no normalisation here)
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("每月預算審查 · 2026年10月", "基礎穩健型", "NT$250000", "官網/登陸頁", "LINE 官方帳號");
            assertThat(text).contains("林記食品的金額與支出");
            assertThat(text.codePoints()
                            .filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF)
                            .count())
                    .as("radicals in the extracted text")
                    .isZero();
            // the header repeats on the next page
            assertThat(text.split("層級/管道", -1).length - 1).isGreaterThan(1);
            // an emoji the font lacks is replaced instead of breaking the document
            assertThat(text).doesNotContain("😀").contains("?");
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.getName()).contains("NotoSansTC");
            assertThat(font.isEmbedded()).isTrue();
        }
        // a subset: far smaller than the 7 MB font
        assertThat(pdf.length).isLessThan(600_000);
    }
}
