package app.baton.sales;

import app.baton.budgets.ChannelService;
import app.baton.sales.internal.SalesSettingEntity;
import app.baton.sales.internal.SalesSettingRepository;
import app.baton.sales.internal.SalesUploadRepository;
import app.baton.sales.parsing.Attribution;
import app.baton.sales.parsing.SalesColumn;
import app.baton.sales.parsing.SalesMapping;
import app.baton.sales.parsing.SalesReader;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.tables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the company's own sales are read and judged (decision 015), each company's own: the ROAS factor of {@code
 * CLAIMED_ROAS_UNSUPPORTED} (the founder's to set; a change re-checks every month with sales data), the column
 * mapping for an export layout Baton does not know, and the coupon codes given to channels (founders and the
 * successor, who upload the sales). Every change is audited (SALES_SETTINGS_CHANGED, before → after). A mapping or
 * coupon applies to uploads from its saving on: uploading a file again reads it anew.
 */
@Service
public class SalesSettingsService {

    /** The most coupon codes kept (the stored text has room for them). */
    static final int MAX_COUPONS = 100;

    static final BigDecimal MIN_FACTOR = new BigDecimal("1.2");
    static final BigDecimal MAX_FACTOR = new BigDecimal("10");

    private final SalesSettingRepository settings;
    private final SalesUploadRepository uploads;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BigDecimal defaultFactor;
    private final long maxBytes;

    SalesSettingsService(
            SalesSettingRepository settings,
            SalesUploadRepository uploads,
            ChannelService channels,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            SalesProperties properties) {
        this.settings = settings;
        this.uploads = uploads;
        this.channels = channels;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.defaultFactor = properties.roasFactor();
        this.maxBytes = properties.maxBytes();
    }

    /** The company's settings: ROAS factor, column mapping (normalised header → column), coupons (code → channel). */
    public record Settings(BigDecimal roasFactor, Map<String, SalesColumn> mapping, Map<String, String> coupons) {

        /** The mapping as the reader takes it, or {@code null} when the company saved none. */
        @Nullable
        SalesMapping reader() {
            return mapping.isEmpty() ? null : new SalesMapping(mapping);
        }
    }

    /** The signed-in company's settings (defaults until one is saved). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Settings settings() {
        return current();
    }

    /** As {@link #settings()}, for the upload and the reconciliation acting in the tenant's transaction. */
    Settings current() {
        SalesSettingEntity row = settings.findFirstBy().orElse(null);
        if (row == null) {
            return new Settings(defaultFactor, Map.of(), Map.of());
        }
        SalesMapping mapping = SalesMapping.decode(row.columnMapping());
        return new Settings(row.roasFactor(), mapping == null ? Map.of() : mapping.columns(), coupons(row.coupons()));
    }

    /**
     * Sets the factor by which a platform's ROAS may exceed the verified ROAS before it is flagged; every month with
     * sales data is checked again at once. Founders only. Refusal: {@code sales.roasFactor.range} (1.2 to 10).
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public Settings saveRoasFactor(BigDecimal factor) {
        if (factor == null || factor.compareTo(MIN_FACTOR) < 0 || factor.compareTo(MAX_FACTOR) > 0) {
            throw new DomainException("sales.roasFactor.range", MIN_FACTOR, MAX_FACTOR);
        }
        BigDecimal value = factor.setScale(2, java.math.RoundingMode.HALF_UP);
        SalesSettingEntity row = row();
        BigDecimal before = row.roasFactor();
        if (before.compareTo(value) == 0) {
            return current();
        }
        row.roasFactor(value, currentUser.require().userId(), clock.instant());
        settings.saveAndFlush(row);
        changed("roas-factor " + before.stripTrailingZeros().toPlainString() + " → "
                + value.stripTrailingZeros().toPlainString());
        TreeSet<YearMonth> months = new TreeSet<>();
        uploads.findAll().forEach(u -> {
            for (YearMonth m = YearMonth.from(u.periodStart());
                    !m.isAfter(YearMonth.from(u.periodEnd()));
                    m = m.plusMonths(1)) {
                months.add(m);
            }
        });
        events.publishEvent(new SalesEvents.SalesRejudged(months));
        return current();
    }

    /**
     * The headers of a sample file, for mapping its columns. Refusals: the file's own ({@code file.*}, {@code
     * report.*}), {@code sales.mapping.noHeader}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    public List<String> headersOf(String fileName, InputStream content) {
        app.baton.shared.storage.Uploads.Checked checked = null;
        try {
            checked = app.baton.shared.storage.Uploads.check(
                    app.baton.shared.storage.Uploads.displayName(fileName),
                    content,
                    maxBytes,
                    SalesService.SALES_TYPES);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(checked.file())) {
                // mapped, not read onto the heap: a sample may be a whole year's export
                return SalesReader.headers(
                        channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, channel.size()),
                        new Table.Limits(maxBytes, 100, 200, 4L * maxBytes));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException("file.unreadable");
        } finally {
            SalesService.deleteTemp(checked == null ? null : checked.file());
        }
    }

    /**
     * Saves the company's column mapping (header → column; unmapped headers left out), tried on its files that no known
     * layout reads. Refusals: {@code sales.mapping.*}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public Settings saveMapping(Map<String, SalesColumn> columns) {
        SalesMapping mapping = new SalesMapping(columns);
        String text = mapping.encode();
        if (text.length() > TextLimits.LONG_TEXT) {
            throw new DomainException("mapping.tooLong");
        }
        SalesSettingEntity row = row();
        if (row.columnMapping().equals(text)) {
            return current();
        }
        String before = describe(row.columnMapping());
        row.columnMapping(text, currentUser.require().userId(), clock.instant());
        settings.saveAndFlush(row);
        changed("column-mapping " + (before.isEmpty() ? "none" : before) + " → " + describe(text));
        return current();
    }

    /** Removes the company's column mapping. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public Settings removeMapping() {
        SalesSettingEntity row = row();
        if (!row.columnMapping().isEmpty()) {
            String before = describe(row.columnMapping());
            row.columnMapping("", currentUser.require().userId(), clock.instant());
            settings.saveAndFlush(row);
            changed("column-mapping " + before + " → none");
        }
        return current();
    }

    /**
     * Gives a coupon code to one of the company's channels ({@code channel}: a default channel's code or {@code #id}
     * of its own). Refusals: {@code sales.coupon.invalid} (1–40 characters, no spaces), {@code sales.coupon.channel}
     * (not an active channel of the company), {@code sales.coupon.tooMany}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public Settings addCoupon(String code, String channel) {
        String key = code == null ? "" : Attribution.couponKey(code);
        if (key.isEmpty() || key.length() > 40 || key.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\t')) {
            throw new DomainException("sales.coupon.invalid");
        }
        boolean known = channels.channels().stream()
                .filter(c -> !c.archived())
                .anyMatch(c -> c.key().equals(channel));
        if (!known) {
            throw new DomainException("sales.coupon.channel");
        }
        SalesSettingEntity row = row();
        Map<String, String> coupons = new LinkedHashMap<>(coupons(row.coupons()));
        String before = coupons.put(key, channel);
        if (channel.equals(before)) {
            return current();
        }
        if (coupons.size() > MAX_COUPONS) {
            throw new DomainException("sales.coupon.tooMany", MAX_COUPONS);
        }
        row.coupons(encode(coupons), currentUser.require().userId(), clock.instant());
        settings.saveAndFlush(row);
        changed("coupon " + key + " " + (before == null ? "none" : before) + " → " + channel);
        return current();
    }

    /** Takes a coupon code off the company's list. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public Settings removeCoupon(String code) {
        SalesSettingEntity row = row();
        Map<String, String> coupons = new LinkedHashMap<>(coupons(row.coupons()));
        String before = coupons.remove(Attribution.couponKey(code));
        if (before != null) {
            row.coupons(encode(coupons), currentUser.require().userId(), clock.instant());
            settings.saveAndFlush(row);
            changed("coupon " + Attribution.couponKey(code) + " " + before + " → none");
        }
        return current();
    }

    private SalesSettingEntity row() {
        return settings.findFirstBy()
                .orElseGet(() -> settings.saveAndFlush(new SalesSettingEntity(defaultFactor, clock.instant())));
    }

    private void changed(String summary) {
        MembershipInfo membership = currentUser.requireMembership();
        events.publishEvent(new SalesEvents.SalesSettingsChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                summary));
    }

    private static String describe(String mappingText) {
        return mappingText.strip().replace('\t', '=').replace('\n', ',');
    }

    static Map<String, String> coupons(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
        return out;
    }

    private static String encode(Map<String, String> coupons) {
        return coupons.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
