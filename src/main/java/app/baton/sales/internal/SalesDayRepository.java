package app.baton.sales.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SalesDayRepository extends JpaRepository<SalesDayEntity, Long> {

    /** These uploads' figures for the days in [from, to]; the caller keeps each day's latest upload. */
    @Query("""
            select new app.baton.sales.internal.SalesDayFigures(
                d.uploadId, d.day, d.channelCode, d.orders, d.revenue, d.newCustomers)
            from SalesDayEntity d
            where d.day between ?1 and ?2 and d.uploadId in ?3""")
    List<SalesDayFigures> figuresBetween(LocalDate from, LocalDate to, java.util.Collection<Long> uploadIds);

    List<SalesDayEntity> findByUploadIdOrderByDayAscChannelCodeAsc(long uploadId);
}
