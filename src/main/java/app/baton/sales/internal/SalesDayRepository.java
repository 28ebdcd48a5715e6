package app.baton.sales.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SalesDayRepository extends JpaRepository<SalesDayEntity, Long> {

    /**
     * Every upload's figures for the days in [from, to]; the caller keeps each day's latest upload. A day's rows
     * belong only to uploads covering it, so no list of upload ids is needed (decision 017).
     */
    @Query("""
            select new app.baton.sales.internal.SalesDayFigures(
                d.uploadId, d.day, d.channelCode, d.orders, d.revenue, d.newCustomers)
            from SalesDayEntity d
            where d.day between ?1 and ?2""")
    List<SalesDayFigures> figuresBetween(LocalDate from, LocalDate to);

    List<SalesDayEntity> findByUploadIdOrderByDayAscChannelCodeAsc(long uploadId);
}
