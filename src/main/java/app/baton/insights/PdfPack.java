package app.baton.insights;

import app.baton.shared.export.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Writes the meeting pack as a PDF (Apache PDFBox) on landscape A4 pages, with Noto Sans TC (SIL Open Font Licence,
 * bundled in {@code fonts/}) embedded as a subset, so Traditional Chinese renders on any reader. Long cells wrap;
 * tables continue on the next page with their header repeated; a character the font lacks prints as "?".
 *
 * <p>Size (about 325 lines): PDFBox draws text, not tables, so the pages, the wrapping and the font's Unicode map (what
 * makes copied text read as Chinese) are written here, for this one document.
 */
public final class PdfPack {

    private static final String FONT = "/fonts/NotoSansTC-Regular.ttf";
    private static final float MARGIN = 36;
    private static final float BODY = 8.5f;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private @Nullable PDPageContentStream stream;
    private float y;

    private PdfPack() throws IOException {
        try (InputStream in = PdfPack.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("font missing: " + FONT);
            }
            font = PDType0Font.load(document, in, true);
        }
    }

    /** Writes a document: a title, a line under it, then each table with its name as a heading. */
    public static void write(
            String title, String subtitle, List<Table> tables, Function<BigDecimal, String> money, OutputStream out) {
        try {
            PdfPack pdf = new PdfPack();
            PDDocumentInformation info = pdf.document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Baton");
            pdf.newPage();
            pdf.text(title, 16, true);
            pdf.text(subtitle, 10, false);
            pdf.y -= 6;
            for (Table table : tables) {
                pdf.table(table, money);
            }
            pdf.close();
            java.util.SortedMap<Integer, Integer> toUnicode = pdf.drawnCharacters();
            java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
            pdf.document.save(first);
            pdf.document.close();
            withTrueText(first.toByteArray(), toUnicode, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(String title, String subtitle, List<Table> tables, Function<BigDecimal, String> money) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(title, subtitle, tables, money, out);
        return out.toByteArray();
    }

    private void table(Table table, Function<BigDecimal, String> money) throws IOException {
        if (y < MARGIN + 80) {
            newPage();
        }
        y -= 8;
        text(table.name(), 12, true);
        int columns = table.headers().size();
        float width = size.getWidth() - 2 * MARGIN;
        float first = columns == 1 ? width : Math.max(width * 0.28f, width / columns);
        float other = columns == 1 ? 0 : (width - first) / (columns - 1);
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = i == 0 ? first : other;
        }
        row(table.headers().stream().map(h -> (Object) h).toList(), widths, money, true);
        if (table.rows().isEmpty()) {
            text("—", BODY, false);
        }
        for (List<@Nullable Object> row : table.rows()) {
            if (y < MARGIN + 30) {
                newPage();
                row(table.headers().stream().map(h -> (Object) h).toList(), widths, money, true);
            }
            row(row, widths, money, false);
        }
    }

    private void row(List<@Nullable Object> cells, float[] widths, Function<BigDecimal, String> money, boolean header)
            throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            Object cell = i < cells.size() ? cells.get(i) : null;
            String text = cell == null ? "" : cell instanceof BigDecimal d ? money.apply(d) : cell.toString();
            List<String> w = wrap(clean(text), widths[i] - 6, BODY);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float lineHeight = BODY * LEADING;
        float height = lines * lineHeight + 4;
        if (y - height < MARGIN) {
            newPage();
        }
        PDPageContentStream s = current();
        if (header) {
            s.setNonStrokingColor(0.92f, 0.94f, 0.97f);
            s.addRect(MARGIN, y - height, size.getWidth() - 2 * MARGIN, height);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - BODY - 2;
            for (String line : wrapped.get(i)) {
                s.beginText();
                s.setFont(font, BODY);
                s.newLineAtOffset(x + 3, lineY);
                s.showText(line);
                s.endText();
                lineY -= lineHeight;
            }
            x += widths[i];
        }
        s.setStrokingColor(0.8f, 0.8f, 0.8f);
        s.moveTo(MARGIN, y - height);
        s.lineTo(size.getWidth() - MARGIN, y - height);
        s.stroke();
        y -= height;
    }

    private void text(String text, float fontSize, boolean heading) throws IOException {
        float lineHeight = fontSize * LEADING;
        for (String line : wrap(clean(text), size.getWidth() - 2 * MARGIN, fontSize)) {
            if (y - lineHeight < MARGIN) {
                newPage();
            }
            PDPageContentStream s = current();
            s.beginText();
            s.setFont(font, fontSize);
            s.newLineAtOffset(MARGIN, y - fontSize);
            s.showText(line);
            s.endText();
            y -= lineHeight;
        }
        if (heading) {
            y -= 2;
        }
    }

    /** Breaks text into lines that fit the width: at spaces where there are some, anywhere in CJK text. */
    private List<String> wrap(String text, float width, float fontSize) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                line.appendCodePoint(cp);
                if (cp == ' ') {
                    lastSpace = line.length() - 1;
                }
                if (font.getStringWidth(line.toString()) / 1000 * fontSize > width && line.length() > 1) {
                    int cut = lastSpace > 0 ? lastSpace : line.length() - Character.charCount(cp);
                    lines.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(lastSpace > 0 ? cut + 1 : cut);
                    line = new StringBuilder(rest);
                    lastSpace = -1;
                }
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Saves the document again with a text layer that says what was written. PDFBox builds the embedded font's
     * ToUnicode map from the font's own cmap, taking the lowest code point of a glyph that several share; in Noto Sans
     * TC 月, 金, 支 … share their glyph with a Kangxi radical (⽉ U+2F49), so copying or searching the PDF gave the
     * radical. The map is rewritten from the characters actually drawn, each glyph's code mapped to the character the
     * text used (a unified ideograph over a radical when both were drawn).
     */
    private static void withTrueText(byte[] pdf, java.util.SortedMap<Integer, Integer> toUnicode, OutputStream out)
            throws IOException {
        try (PDDocument saved = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.util.Set<org.apache.pdfbox.cos.COSBase> done = new java.util.HashSet<>();
            for (PDPage page : saved.getPages()) {
                var resources = page.getResources();
                for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                    if (resources.getFont(name) instanceof PDType0Font type0 && done.add(type0.getCOSObject())) {
                        org.apache.pdfbox.pdmodel.common.PDStream cmap = new org.apache.pdfbox.pdmodel.common.PDStream(
                                saved,
                                new java.io.ByteArrayInputStream(
                                        cmap(toUnicode).getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                                org.apache.pdfbox.cos.COSName.FLATE_DECODE);
                        type0.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, cmap);
                    }
                }
            }
            saved.save(out);
        }
    }

    /** Each drawn glyph's 2-byte code and the character the text used for it (an ideograph over a radical). */
    private java.util.SortedMap<Integer, Integer> drawnCharacters() throws IOException {
        java.util.TreeMap<Integer, Integer> toUnicode = new java.util.TreeMap<>();
        // what clean() draws in place of a character the font lacks, and of a control character, too
        java.util.Set<Integer> drawn = new java.util.TreeSet<>(List.of((int) '?', (int) ' '));
        glyphs.forEach((cp, ok) -> {
            if (ok) {
                drawn.add(cp);
            }
        });
        for (int cp : drawn) {
            byte[] code = font.encode(new String(Character.toChars(cp)));
            if (code.length != 2) {
                continue;
            }
            int cid = ((code[0] & 0xff) << 8) | (code[1] & 0xff);
            Integer earlier = toUnicode.get(cid);
            if (earlier == null || (radical(earlier) && !radical(cp))) {
                toUnicode.put(cid, cp);
            }
        }
        return toUnicode;
    }

    /** CJK Radicals Supplement and Kangxi Radicals: look like ideographs, are not the words people write. */
    private static boolean radical(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF;
    }

    /** A ToUnicode CMap (PDF 32000 §9.10.3) mapping each 2-byte code to its character, in blocks of 100. */
    static String cmap(java.util.SortedMap<Integer, Integer> toUnicode) {
        StringBuilder b = new StringBuilder();
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(toUnicode.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : block) {
                b.append(String.format("<%04X> <", e.getKey()));
                for (char c : Character.toChars(e.getValue())) {
                    b.append(String.format("%04X", (int) c));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }

    /** Replaces characters the font cannot draw (and control characters) so a cell never breaks the document. */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::drawable)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean drawable(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return font.getStringWidth(new String(Character.toChars(cp))) > 0 || cp == ' ';
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDPageContentStream current() {
        if (stream == null) {
            throw new IllegalStateException("no page");
        }
        return stream;
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    private void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
