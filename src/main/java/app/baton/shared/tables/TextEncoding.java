package app.baton.shared.tables;

import app.baton.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text encodings a CSV or tab-separated file is read in, and how the one of a file is told: a byte-order mark
 * first (UTF-8, Excel's 「Unicode 文字」 and Google Ads Editor's UTF-16), then valid UTF-8, then Mozilla's universal
 * charset detector (juniversalchardet) for a file saved by Excel on a Traditional Chinese Windows (Big5, read as its
 * superset cp950). A file whose encoding the detector is not confident of, or that does not decode cleanly in the one
 * it names, is refused with {@code report.notUtf8} — never read as mojibake.
 */
public enum TextEncoding {
    UTF_8(StandardCharsets.UTF_8),
    UTF_16LE(StandardCharsets.UTF_16LE),
    UTF_16BE(StandardCharsets.UTF_16BE),
    /** Big5 as Windows writes it (code page 950, a superset with a few more characters such as 碁 and 銹). */
    BIG5(Charset.forName("x-windows-950")),
    GB18030(Charset.forName("GB18030"));

    private final Charset charset;

    TextEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** A file's encoding, how many bytes of byte-order mark to skip, and whether it was detected (not certain). */
    public record Told(TextEncoding encoding, int skip, boolean detected) {}

    /** Tells the encoding of {@code content}; refuses with {@code report.notUtf8} when it cannot be told. */
    public static Told of(byte[] content) {
        return of(ByteBuffer.wrap(content));
    }

    /**
     * As {@link #of(byte[])} for the bytes from the buffer's position to its limit (a file mapped into memory, read in
     * place); the buffer's position is left as it was.
     */
    public static Told of(ByteBuffer content) {
        if (starts(content, 0xEF, 0xBB, 0xBF)) {
            return verified(new Told(UTF_8, 3, false), content);
        }
        if (starts(content, 0xFF, 0xFE)) {
            return verified(new Told(UTF_16LE, 2, false), content);
        }
        if (starts(content, 0xFE, 0xFF)) {
            return verified(new Told(UTF_16BE, 2, false), content);
        }
        if (decodes(content, 0, UTF_8.charset)) {
            return new Told(UTF_8, 0, false);
        }
        TextEncoding detected = detect(content);
        if (detected == null || detected == UTF_8) {
            throw new DomainException("report.notUtf8");
        }
        return verified(new Told(detected, 0, true), content);
    }

    private static @Nullable TextEncoding detect(ByteBuffer content) {
        UniversalDetector detector = new UniversalDetector();
        byte[] chunk = new byte[64 * 1024];
        ByteBuffer in = content.duplicate();
        while (in.hasRemaining() && !detector.isDone()) {
            int n = Math.min(chunk.length, in.remaining());
            in.get(chunk, 0, n);
            detector.handleData(chunk, 0, n);
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "BIG5" -> BIG5;
            case "GB18030" -> GB18030;
            case "UTF-16LE" -> UTF_16LE;
            case "UTF-16BE" -> UTF_16BE;
            default -> null;
        };
    }

    private static Told verified(Told told, ByteBuffer content) {
        if (!decodes(content, told.skip(), told.encoding().charset)) {
            throw new DomainException("report.notUtf8");
        }
        return told;
    }

    /**
     * How far past the first byte above ASCII the encoding is checked before reading. Reading decodes the whole file
     * with the same strictness and refuses a bad sequence further on with the same message; checking a window keeps a
     * large export from being decoded twice. 256 KB of text above ASCII tells UTF-8 from Big5 or GB18030 many times over
     * (their bytes break UTF-8 within a few characters); 4 MB decoded 40 % of a 10 MB report twice.
     */
    static final int WINDOW = 256 * 1024;

    /**
     * Whether the bytes from {@code from} decode in {@code charset} without a bad or unmappable sequence, as far as
     * {@link #WINDOW} bytes past the first byte above ASCII (an all-ASCII stretch before it is valid in every encoding
     * told here).
     */
    private static boolean decodes(ByteBuffer content, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = content.duplicate();
        in.position(in.position() + from);
        long end = (long) firstAboveAscii(in) + WINDOW;
        boolean whole = end >= in.limit();
        if (!whole) {
            in.limit((int) end);
        }
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            // a window may end inside a character: only the whole file must end on a complete one
            CoderResult result = decoder.decode(in, out, whole);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (!whole) {
            return true;
        }
        while (true) {
            CoderResult result = decoder.flush(out);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    /** The index of the first byte above 0x7F from the buffer's position, or its limit; eight bytes at a time. */
    static int firstAboveAscii(ByteBuffer content) {
        int i = content.position();
        int limit = content.limit();
        ByteBuffer b = content.duplicate().order(java.nio.ByteOrder.BIG_ENDIAN);
        for (; i + 8 <= limit; i += 8) {
            if ((b.getLong(i) & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < limit; i++) {
            if ((b.get(i) & 0x80) != 0) {
                return i;
            }
        }
        return limit;
    }

    private static boolean starts(ByteBuffer content, int... prefix) {
        if (content.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content.get(content.position() + i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
