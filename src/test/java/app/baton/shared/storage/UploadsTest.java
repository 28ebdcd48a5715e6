package app.baton.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Uploaded files are judged by their content, limited in size, and their names are only labels. */
class UploadsTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        0x0D,
        0x0A,
        0x1A,
        0x0A,
        0,
        0,
        0,
        0x0D,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0
    };
    static final byte[] CSV = "date,clicks,cost\n2027-02-01,120,3600\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_pdf_a_png_and_a_csv_are_accepted_with_their_hash_and_size() throws IOException {
        Uploads.Checked pdf = check("report.pdf", PDF, 1024);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(PDF.length);
        assertThat(pdf.sha256()).hasSize(64);
        assertThat(Files.readAllBytes(pdf.file())).isEqualTo(PDF);
        Files.delete(pdf.file());
        Uploads.Checked png = check("chart.PNG", PNG, 1024);
        assertThat(png.mediaType()).isEqualTo("image/png");
        Files.delete(png.file());
        Uploads.Checked csv = check("rows.csv", CSV, 1024);
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        Files.delete(csv.file());
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused() {
        assertRefused("report.pdf", PNG, 1024, "file.typeMismatch");
        assertRefused("photo.png", PDF, 1024, "file.typeMismatch");
        assertRefused("rows.csv", PNG, 1024, "file.typeMismatch");
    }

    @Test
    void other_types_oversized_and_empty_files_are_refused() {
        assertRefused("setup.exe", PDF, 1024, "file.typeNotAllowed");
        assertRefused("no-extension", PDF, 1024, "file.typeNotAllowed");
        assertRefused("big.pdf", PDF, 10, "file.tooLarge");
        assertRefused("empty.pdf", new byte[0], 1024, "file.empty");
    }

    @Test
    void a_whole_upload_is_read_with_or_without_a_declared_length_and_refused_past_the_limit() throws IOException {
        assertThat(Uploads.read(new ByteArrayInputStream(CSV), CSV.length, 1024))
                .isEqualTo(CSV);
        // sent in chunks: no length declared
        assertThat(Uploads.read(new ByteArrayInputStream(CSV), -1, 1024)).isEqualTo(CSV);
        // a length above or below what arrives: what arrived is the file
        assertThat(Uploads.read(new ByteArrayInputStream(CSV), CSV.length + 10, 1024))
                .isEqualTo(CSV);
        assertThat(Uploads.read(new ByteArrayInputStream(CSV), 4, 1024)).isEqualTo(CSV);
        // exactly at the limit is allowed, one byte more is not, whether declared, undeclared or under-declared
        assertThat(Uploads.read(new ByteArrayInputStream(CSV), -1, CSV.length)).isEqualTo(CSV);
        for (long declared : new long[] {CSV.length, -1, 4}) {
            assertThatThrownBy(() -> Uploads.read(new ByteArrayInputStream(CSV), declared, CSV.length - 1))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("file.tooLarge");
        }
        // a declared length over the limit is refused before a byte is read
        ByteArrayInputStream untouched = new ByteArrayInputStream(CSV);
        assertThatThrownBy(() -> Uploads.read(untouched, 10_000, 1024)).isInstanceOf(DomainException.class);
        assertThat(untouched.available()).isEqualTo(CSV.length);
        for (long declared : new long[] {0, -1}) {
            assertThatThrownBy(() -> Uploads.read(new ByteArrayInputStream(new byte[0]), declared, 1024))
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("file.empty");
        }
    }

    @Test
    void a_file_name_is_only_a_label() {
        assertThat(Uploads.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.displayName("C:\\Users\\lin\\成果報告.pdf")).isEqualTo("成果報告.pdf");
        assertThat(Uploads.displayName("a\u0000b\".pdf")).isEqualTo("ab.pdf");
        assertThat(Uploads.displayName("  ")).isEqualTo("file");
    }

    private static Uploads.Checked check(String name, byte[] bytes, long max) throws IOException {
        return Uploads.check(name, new ByteArrayInputStream(bytes), max, Uploads.ATTACHMENT_TYPES);
    }

    private static void assertRefused(String name, byte[] bytes, long max, String key) {
        assertThatThrownBy(() -> check(name, bytes, max))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
