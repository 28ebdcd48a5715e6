package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The product's KPI formulas against worked examples, including a division by zero. */
class KpisTest {

    @Test
    void click_and_conversion_ratios() {
        // 120,000 impressions, 3,000 clicks, 90 conversions, NT$45,000 cost, NT$180,000 conversion value
        assertThat(Kpis.ctr(bd("3000"), bd("120000"))).isEqualByComparingTo("0.025");
        assertThat(Kpis.cpc(bd("45000"), bd("3000"))).isEqualByComparingTo("15");
        assertThat(Kpis.cpa(bd("45000"), bd("90"))).isEqualByComparingTo("500");
        assertThat(Kpis.cr(bd("90"), bd("3000"))).isEqualByComparingTo("0.03");
        assertThat(Kpis.roas(bd("180000"), bd("45000"))).isEqualByComparingTo("4");
        assertThat(Kpis.roi(bd("180000"), bd("45000"))).isEqualByComparingTo("3");
    }

    @Test
    void customer_value_and_acquisition() {
        // NT$60,000 marketing cost brings 40 new customers
        BigDecimal cac = Kpis.cac(bd("60000"), bd("40"));
        assertThat(cac).isEqualByComparingTo("1500");
        // AOV NT$1,200, 4 purchases a year, 3 years, 40 % gross margin
        BigDecimal cltv = Kpis.cltv(bd("1200"), bd("4"), bd("3"), bd("0.4"));
        assertThat(cltv).isEqualByComparingTo("5760");
        assertThat(Kpis.cltv(bd("1200"), bd("4"), bd("3"), null)).isEqualByComparingTo("14400");
        assertThat(Kpis.ltvToCac(cltv, cac)).isEqualByComparingTo("3.84");
        assertThat(Kpis.aov(bd("240000"), bd("200"))).isEqualByComparingTo("1200");
        // 1,000 at start, 1,050 at end of whom 150 new: 90 % retained
        assertThat(Kpis.retention(bd("1050"), bd("150"), bd("1000"))).isEqualByComparingTo("0.9");
    }

    @Test
    void a_division_by_zero_or_a_missing_figure_is_no_number() {
        assertThat(Kpis.ctr(bd("10"), BigDecimal.ZERO)).isNull();
        assertThat(Kpis.cac(bd("60000"), BigDecimal.ZERO)).isNull();
        assertThat(Kpis.roi(bd("100"), BigDecimal.ZERO)).isNull();
        assertThat(Kpis.roas(null, bd("100"))).isNull();
        assertThat(Kpis.ltvToCac(bd("5000"), null)).isNull();
        assertThat(Kpis.retention(bd("10"), bd("2"), BigDecimal.ZERO)).isNull();
        assertThat(Kpis.cltv(null, bd("4"), bd("3"), null)).isNull();
    }

    @Test
    void ratios_keep_six_decimals() {
        assertThat(Kpis.ctr(bd("1"), bd("3"))).isEqualTo(new BigDecimal("0.333333"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
