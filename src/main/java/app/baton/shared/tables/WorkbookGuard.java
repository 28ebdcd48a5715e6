package app.baton.shared.tables;

import app.baton.shared.DomainException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Refuses a workbook by its structure while reading it, before the spreadsheet reader builds anything: one pass over
 * the archive that counts the bytes each part really inflates to (declared sizes can lie) and streams the parts that
 * grow the reader's memory — every worksheet (rows, cells in a row), the shared strings and the styles — through the
 * JDK's StAX parser, stopping at the first element over a limit. A row of 1.5 million cells is refused at its 101st
 * cell, in milliseconds and with constant memory, where the reader would build the whole row first.
 */
final class WorkbookGuard {

    /** The most distinct strings a workbook may share: far above any real export of 100,000 rows. */
    static final int MAX_SHARED_STRINGS = 2_000_000;

    /** The most cell formats (styles.xml {@code <xf>}): real exports have dozens. */
    static final int MAX_STYLES = 20_000;

    /** The largest shared-strings part, inflated: the reader keeps all of it in memory. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

    private static final int MAX_ENTRIES = 10_000;

    private static final XMLInputFactory XML = safeFactory();

    private final Table.Limits limits;
    private final long compressedSize;
    private final int headerAllowance;
    private long inflated;

    private WorkbookGuard(Table.Limits limits, long compressedSize, int headerAllowance) {
        this.limits = limits;
        this.headerAllowance = headerAllowance;
        this.compressedSize = compressedSize;
    }

    /**
     * Reads the whole archive once. Refusals: {@code report.zipBomb} (inflates beyond the limit or an absurd ratio, a
     * path that climbs out, too many parts), {@code report.tooManyColumns}, {@code report.tooManyRows},
     * {@code report.workbookTooComplex} (shared strings or styles past their limits), {@code report.notSpreadsheet}.
     */
    static void check(byte[] content, Table.Limits limits, int headerAllowance) throws IOException {
        new WorkbookGuard(limits, content.length, headerAllowance).scan(content);
    }

    private void scan(byte[] content) throws IOException {
        int entries = 0;
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            var all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES || entry.getName().contains("..")) {
                    throw new DomainException("report.zipBomb");
                }
                try (InputStream in = new Counting(zip.getInputStream(entry))) {
                    String name = entry.getName();
                    if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                        worksheet(in);
                    } else if (name.equals("xl/sharedStrings.xml")) {
                        sharedStrings(in);
                    } else if (name.equals("xl/styles.xml")) {
                        styles(in);
                    }
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        if (entries == 0) {
            throw new DomainException("report.notSpreadsheet");
        }
    }

    private void worksheet(InputStream in) throws IOException {
        int rows = 0;
        int cells = 0;
        int maxRows = limits.maxRows() + headerAllowance + 1;
        XMLStreamReader xml = open(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (element.equals("row")) {
                    cells = 0;
                    if (++rows > maxRows) {
                        throw new DomainException("report.tooManyRows", limits.maxRows());
                    }
                } else if (element.equals("c") && ++cells > limits.maxColumns()) {
                    throw new DomainException("report.tooManyColumns", limits.maxColumns());
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(in);
        } finally {
            close(xml);
        }
    }

    private void sharedStrings(InputStream in) throws IOException {
        long start = inflated;
        count(in, "si", MAX_SHARED_STRINGS, () -> inflated - start > MAX_SHARED_STRINGS_BYTES);
    }

    private void styles(InputStream in) throws IOException {
        count(in, "xf", MAX_STYLES, () -> false);
    }

    private void count(InputStream in, String element, int max, java.util.function.BooleanSupplier tooBig)
            throws IOException {
        int found = 0;
        XMLStreamReader xml = open(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT
                        && xml.getLocalName().equals(element)
                        && (++found > max || tooBig.getAsBoolean())) {
                    throw new DomainException("report.workbookTooComplex");
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(in);
        } finally {
            close(xml);
        }
    }

    private static XMLStreamReader open(InputStream in) throws IOException {
        try {
            return XML.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw unreadable(in);
        }
    }

    /** Not XML: the rest is still inflated and counted first, so that a bomb is called a bomb. */
    private static DomainException unreadable(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return new DomainException("report.unreadable");
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // only the reader's own state; the stream is closed by its owner
        }
    }

    /** No DTDs, no external entities: an XML part can neither expand nor reach outside the file. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Counts what an entry really inflates to, across the whole archive, and stops past the limits. */
    private final class Counting extends FilterInputStream {

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                add(read);
            }
            return read;
        }

        private void add(long bytes) {
            inflated += bytes;
            if (inflated > limits.maxUnzippedBytes() || inflated > 100L * compressedSize + 1_000_000) {
                throw new DomainException("report.zipBomb");
            }
        }
    }
}
