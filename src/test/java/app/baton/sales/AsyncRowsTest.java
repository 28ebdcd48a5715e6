package app.baton.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The parsed rows written on a second thread: all of them, in order, and a failure said to the upload. */
class AsyncRowsTest {

    @Test
    void every_row_is_written_in_order() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
            try (AsyncRows rows = new AsyncRows(printer)) {
                for (int i = 0; i < 2_000; i++) {
                    rows.row(new Object[] {i, "order-" + i});
                }
            }
        }
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2_000);
        assertThat(lines[0]).isEqualTo("0,order-0");
        assertThat(lines[1_999]).isEqualTo("1999,order-1999");
    }

    @Test
    void a_failed_write_fails_the_upload() throws Exception {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        CSVPrinter printer = CSVFormat.DEFAULT.print(broken);
        AsyncRows rows = new AsyncRows(printer);
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 100_000; i++) {
                        rows.row(new Object[] {i});
                    }
                    rows.close();
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
    }
}
