package app.baton.sales.parsing;

import app.baton.shared.DomainException;
import app.baton.shared.tables.Table;
import app.baton.shared.tables.TextEncoding;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sales file — an order export or Baton's daily-totals template, CSV in any encoding the report files may
 * have, or XLSX — by its header, and hands each order or daily total to a {@link Sink} as it is read, so that a
 * million rows never sit in memory. Personal data is dropped here: e-mail, phone and customer id are turned into the
 * company's keyed hash at once, names and addresses are never read. Refusals are {@link DomainException}s with
 * translated keys ({@code sales.*}, and the table reader's {@code report.*} for the file itself).
 *
 * <p>Size (about 550 lines): one streaming pass over every order-export layout and the daily template, with the
 * header vocabulary it recognises; splitting the pass would read each row twice.
 */
public final class SalesReader {

    /** How far down the header may be (report-name lines above it). */
    static final int HEADER_SEARCH = 20;

    /** What reading needs to know: the company's time zone and currency, today, and how to key a customer. */
    public record Options(
            ZoneId zone,
            LocalDate today,
            String currency,
            java.util.function.Function<String, String> customerKey,
            Table.Limits limits,
            @Nullable SalesMapping mapping) {

        public Options(
                ZoneId zone,
                LocalDate today,
                String currency,
                java.util.function.Function<String, String> customerKey,
                Table.Limits limits) {
            this(zone, today, currency, customerKey, limits, null);
        }
    }

    /** One order as kept: amounts net of discounts and refunds; {@code counted} is false when cancelled or refunded. */
    public record Order(
            int line,
            String orderId,
            LocalDateTime time,
            BigDecimal amount,
            boolean counted,
            @Nullable String customerKey,
            @Nullable Boolean platformNew,
            @Nullable String utmSource,
            @Nullable String utmMedium,
            @Nullable String utmCampaign,
            @Nullable String coupon) {}

    /** One day's totals of a channel or store, from the daily template. */
    public record DailyTotal(
            int line,
            LocalDate day,
            String channel,
            int orders,
            BigDecimal revenue,
            @Nullable Integer newCustomers) {}

    /** Receives what is read, line by line. */
    public interface Sink {
        void order(Order order);

        void daily(DailyTotal total);
    }

    /** What the file was, once read: its layout, encoding, data rows, and orders whose own totals do not add up. */
    public record Read(
            SalesLayout layout,
            TextEncoding.@Nullable Told encoding,
            int rows,
            boolean attribution,
            int totalsMismatch,
            List<Integer> mismatchLines) {}

    private static final Set<String> NOT_SOLD =
            Set.of("cancelled", "canceled", "voided", "refunded", "已取消", "取消", "已退款", "全額退款", "已退貨", "退貨", "作廢", "已作廢");

    private final Options options;
    private final Sink sink;
    private int mismatches;
    private final List<Integer> mismatchLines = new ArrayList<>();

    private SalesReader(Options options, Sink sink) {
        this.options = options;
        this.sink = sink;
    }

    /** Reads {@code content}, calling {@code sink} for each order or daily total; refusals store nothing. */
    public static Read read(byte[] content, Options options, Sink sink) {
        return read(java.nio.ByteBuffer.wrap(content), options, sink);
    }

    /** As {@link #read(byte[], Options, Sink)} for a file mapped into memory (a large export is never copied). */
    public static Read read(java.nio.ByteBuffer content, Options options, Sink sink) {
        try (Table.Lines lines = Table.open(content, options.limits(), HEADER_SEARCH)) {
            return new SalesReader(options, sink).read(lines);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("report.unreadable");
        }
    }

    /**
     * The headers of a sample file, for the company's column mapping: the first line near the top with at least three
     * filled cells (report names above the header are passed over). Refusals as for {@link #read}.
     */
    public static List<String> headers(java.nio.ByteBuffer content, Table.Limits limits) {
        try (Table.Lines lines = Table.open(content, limits, HEADER_SEARCH)) {
            for (int line = 0; lines.hasNext() && line < HEADER_SEARCH; line++) {
                List<String> cells = lines.next().stream()
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
                if (cells.size() >= 3) {
                    return cells;
                }
            }
            throw new DomainException("sales.mapping.noHeader");
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("report.unreadable");
        }
    }

    private Read read(Table.Lines lines) {
        Map<SalesColumn, Integer> columns = null;
        SalesLayout layout = null;
        int line = 0;
        while (columns == null && lines.hasNext() && line < HEADER_SEARCH) {
            List<String> cells = lines.next();
            line++;
            boolean shopify =
                    cells.stream().anyMatch(c -> SalesColumn.normalise(c).equals("financialstatus"));
            Map<SalesColumn, Integer> found = new EnumMap<>(SalesColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                SalesColumn column = SalesColumn.of(cells.get(i), shopify);
                if (column != null) {
                    found.putIfAbsent(column, i);
                }
            }
            if (SalesMapping.readsOrders(found.keySet())) {
                columns = found;
                layout = shopify
                        ? SalesLayout.SHOPIFY
                        : cells.stream().anyMatch(c -> c.strip().equals("訂單號碼"))
                                ? SalesLayout.SHOPLINE
                                : SalesLayout.ORDERS;
            } else if (SalesMapping.readsDaily(found.keySet())) {
                columns = found;
                layout = SalesLayout.DAILY;
            } else if (options.mapping() != null) {
                // the company's own layout, tried only when no known layout reads the line
                Map<SalesColumn, Integer> mapped = new EnumMap<>(SalesColumn.class);
                for (int i = 0; i < cells.size(); i++) {
                    SalesColumn column = options.mapping().columns().get(SalesColumn.normalise(cells.get(i)));
                    if (column != null) {
                        mapped.putIfAbsent(column, i);
                    }
                }
                if (options.mapping().daily()
                        ? SalesMapping.readsDaily(mapped.keySet())
                        : SalesMapping.readsOrders(mapped.keySet())) {
                    columns = mapped;
                    layout = options.mapping().daily() ? SalesLayout.MAPPED_DAILY : SalesLayout.MAPPED_ORDERS;
                }
            }
        }
        if (columns == null || layout == null) {
            throw new DomainException(line == 0 ? "report.empty" : "sales.unknownLayout");
        }
        int rows = layout.daily() ? daily(lines, columns, line) : orders(lines, columns, line);
        if (rows == 0) {
            throw new DomainException("sales.noRows");
        }
        boolean attribution = columns.containsKey(SalesColumn.UTM_SOURCE) || columns.containsKey(SalesColumn.COUPON);
        return new Read(layout, lines.encoding(), rows, attribution, mismatches, List.copyOf(mismatchLines));
    }

    private int orders(Table.Lines lines, Map<SalesColumn, Integer> columns, int headerLine) {
        int line = headerLine;
        int rows = 0;
        String previous = null;
        java.util.HashSet<String> seen = new java.util.HashSet<>();
        while (lines.hasNext()) {
            List<String> cells = lines.next();
            line++;
            if (blank(cells)) {
                continue;
            }
            rows++;
            String id = cell(cells, columns, SalesColumn.ORDER_ID);
            if (id.isEmpty()) {
                throw new DomainException("sales.orderIdMissing", line);
            }
            if (id.equals(previous)) {
                // Shopify: the order's further line items; its figures are on its first row
                continue;
            }
            if (!seen.add(id)) {
                throw new DomainException("sales.duplicateOrder", id, line);
            }
            previous = id;
            String currency = cell(cells, columns, SalesColumn.CURRENCY);
            if (!currency.isEmpty() && !currency.equalsIgnoreCase(options.currency())) {
                throw new DomainException("sales.currencyNotCompany", currency, options.currency(), line);
            }
            String paid = cell(cells, columns, SalesColumn.PAID_AT);
            String when = paid.isEmpty() ? cell(cells, columns, SalesColumn.CREATED_AT) : paid;
            LocalDateTime time = time(when, line);
            if (time.toLocalDate().isAfter(options.today())) {
                throw new DomainException("sales.futureDate", when, line);
            }
            BigDecimal total = amount(cell(cells, columns, SalesColumn.TOTAL), line);
            if (total.signum() < 0) {
                throw new DomainException("sales.negativeTotal", id, line);
            }
            String refundedText = cell(cells, columns, SalesColumn.REFUNDED);
            BigDecimal refunded = refundedText.isEmpty() ? BigDecimal.ZERO : amount(refundedText, line);
            BigDecimal net = total.subtract(refunded.abs()).max(BigDecimal.ZERO);
            String financial =
                    cell(cells, columns, SalesColumn.FINANCIAL_STATUS).toLowerCase(Locale.ROOT);
            String status = cell(cells, columns, SalesColumn.ORDER_STATUS).toLowerCase(Locale.ROOT);
            boolean counted = !NOT_SOLD.contains(financial)
                    && !NOT_SOLD.contains(status)
                    && cell(cells, columns, SalesColumn.CANCELLED_AT).isEmpty();
            checkTotals(cells, columns, total, line);
            sink.order(new Order(
                    line,
                    id,
                    time,
                    net,
                    counted,
                    customerKey(cells, columns),
                    flag(cell(cells, columns, SalesColumn.NEW_FLAG)),
                    emptyToNull(cell(cells, columns, SalesColumn.UTM_SOURCE)),
                    emptyToNull(cell(cells, columns, SalesColumn.UTM_MEDIUM)),
                    emptyToNull(cell(cells, columns, SalesColumn.UTM_CAMPAIGN)),
                    emptyToNull(cell(cells, columns, SalesColumn.COUPON))));
        }
        return rows;
    }

    private int daily(Table.Lines lines, Map<SalesColumn, Integer> columns, int headerLine) {
        int line = headerLine;
        int rows = 0;
        java.util.HashSet<String> seen = new java.util.HashSet<>();
        while (lines.hasNext()) {
            List<String> cells = lines.next();
            line++;
            if (blank(cells)) {
                continue;
            }
            rows++;
            String dateText = cell(cells, columns, SalesColumn.DATE);
            LocalDate day = time(dateText, line).toLocalDate();
            if (day.isAfter(options.today())) {
                throw new DomainException("sales.futureDate", dateText, line);
            }
            String channel = cell(cells, columns, SalesColumn.CHANNEL);
            if (!seen.add(day + "\u0000" + channel)) {
                throw new DomainException("sales.duplicateDay", dateText, channel, line);
            }
            BigDecimal orders = amount(cell(cells, columns, SalesColumn.ORDERS), line);
            BigDecimal revenue = amount(cell(cells, columns, SalesColumn.REVENUE), line);
            String newText = cell(cells, columns, SalesColumn.NEW_CUSTOMERS);
            BigDecimal newCustomers = newText.isEmpty() ? null : amount(newText, line);
            if (orders.signum() < 0
                    || revenue.signum() < 0
                    || (newCustomers != null && newCustomers.signum() < 0)
                    || orders.stripTrailingZeros().scale() > 0) {
                throw new DomainException("sales.negativeTotal", dateText, line);
            }
            if (newCustomers != null && newCustomers.compareTo(orders) > 0) {
                throw new DomainException("sales.newAboveOrders", dateText, line);
            }
            sink.daily(new DailyTotal(
                    line,
                    day,
                    channel,
                    orders.intValueExact(),
                    revenue,
                    newCustomers == null ? null : newCustomers.intValue()));
        }
        return rows;
    }

    /** Subtotal − discount + shipping + taxes should make the total (within a dollar), where the file has them. */
    private void checkTotals(List<String> cells, Map<SalesColumn, Integer> columns, BigDecimal total, int line) {
        if (!columns.containsKey(SalesColumn.SUBTOTAL)) {
            return;
        }
        String subtotal = cell(cells, columns, SalesColumn.SUBTOTAL);
        if (subtotal.isEmpty()) {
            return;
        }
        BigDecimal sum = amount(subtotal, line)
                .subtract(optional(cells, columns, SalesColumn.DISCOUNT, line).abs())
                .add(optional(cells, columns, SalesColumn.SHIPPING, line))
                .add(optional(cells, columns, SalesColumn.TAXES, line));
        if (sum.subtract(total).abs().compareTo(BigDecimal.ONE) > 0) {
            mismatches++;
            if (mismatchLines.size() < 10) {
                mismatchLines.add(line);
            }
        }
    }

    private static BigDecimal optional(
            List<String> cells, Map<SalesColumn, Integer> columns, SalesColumn column, int line) {
        String text = cell(cells, columns, column);
        return text.isEmpty() ? BigDecimal.ZERO : amount(text, line);
    }

    private @Nullable String customerKey(List<String> cells, Map<SalesColumn, Integer> columns) {
        String email = cell(cells, columns, SalesColumn.EMAIL).toLowerCase(Locale.ROOT);
        if (email.contains("@")) {
            return options.customerKey().apply("e:" + email);
        }
        String phone = phone(cell(cells, columns, SalesColumn.PHONE));
        if (!phone.isEmpty()) {
            return options.customerKey().apply("p:" + phone);
        }
        String id = cell(cells, columns, SalesColumn.CUSTOMER_ID);
        return id.isEmpty() ? null : options.customerKey().apply("i:" + id);
    }

    /** Digits only, Taiwan's +886 9… written as 09…, so one phone is one customer however it was typed. */
    static String phone(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String d = digits.toString();
        if (d.startsWith("886") && d.length() == 12) {
            return "0" + d.substring(3);
        }
        return d.length() < 6 ? "" : d;
    }

    private static @Nullable Boolean flag(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        return switch (t) {
            case "是", "y", "yes", "true", "1", "新客", "首購", "new" -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }

    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?");

    /** A time as the platforms write it; without an offset it is the company's local time. */
    LocalDateTime time(String text, int line) {
        String t = text.strip();
        LocalDateTime fast = shopifyTime(t);
        if (fast != null) {
            return fast;
        }
        Matcher m = TIME.matcher(t);
        try {
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.of(
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String offset = m.group(7);
                if (offset == null) {
                    return local;
                }
                ZoneOffset zone = offset.equals("Z") || offset.equals("UTC")
                        ? ZoneOffset.UTC
                        : ZoneOffset.of(
                                offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
                return OffsetDateTime.of(local, zone)
                        .atZoneSameInstant(options.zone())
                        .toLocalDateTime();
            }
            if (t.matches("\\d{5}(\\.\\d+)?")) {
                // a workbook's date cell: days since 1899-12-30, the fraction the time of day
                BigDecimal serial = new BigDecimal(t);
                long days = serial.longValue();
                long seconds = serial.subtract(BigDecimal.valueOf(days))
                        .multiply(BigDecimal.valueOf(86_400))
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .longValue();
                return LocalDate.of(1899, 12, 30).plusDays(days).atStartOfDay().plusSeconds(seconds);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // falls through to the refusal
        }
        throw new DomainException("sales.badDate", text, line);
    }

    /**
     * Shopify's own form, {@code 2026-11-03 14:22:05 +0800}, read without a regular expression (a large export has a
     * million of them); anything else goes the general way.
     */
    private @Nullable LocalDateTime shopifyTime(String t) {
        if (t.length() != 25
                || t.charAt(4) != '-'
                || t.charAt(7) != '-'
                || t.charAt(10) != ' '
                || t.charAt(13) != ':'
                || t.charAt(16) != ':'
                || t.charAt(19) != ' '
                || (t.charAt(20) != '+' && t.charAt(20) != '-')) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offsetHours = digits(t, 21, 2);
        int offsetMinutes = digits(t, 23, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        try {
            int sign = t.charAt(20) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            if (offset.equals(zoneOffset(local))) {
                return local;
            }
            return OffsetDateTime.of(local, offset)
                    .atZoneSameInstant(options.zone())
                    .toLocalDateTime();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The company's offset at a local time (its zone's rules; Taipei has one offset all year). */
    private ZoneOffset zoneOffset(LocalDateTime local) {
        return options.zone().getRules().getOffset(local);
    }

    /** The number written in {@code count} digits from {@code from}, or −1. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An amount as shops write it: NT$1,234, 1 234, (12) for a negative, full-width digits. */
    static BigDecimal amount(String text, int line) {
        BigDecimal plain = plainAmount(text);
        if (plain != null) {
            return plain;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean negative = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            if ((c >= '0' && c <= '9') || c == '.') {
                out.append(c);
            } else if (c == '-' || c == '(' || c == '（' || c == '－') {
                negative = true;
            }
        }
        if (out.isEmpty()) {
            throw new DomainException("sales.badAmount", text, line);
        }
        try {
            BigDecimal value = new BigDecimal(out.toString());
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            throw new DomainException("sales.badAmount", text, line);
        }
    }

    /** Digits with at most one point and four decimals, the common case, read without building a string. */
    private static @Nullable BigDecimal plainAmount(String text) {
        int length = text.length();
        if (length == 0 || length > 17) {
            return null;
        }
        long unscaled = 0;
        int scale = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && i > 0 && i < length - 1) {
                scale = 0;
            } else {
                return null;
            }
        }
        return scale > 4 ? null : BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    private static String cell(List<String> cells, Map<SalesColumn, Integer> columns, SalesColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
