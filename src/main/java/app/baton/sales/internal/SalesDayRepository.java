package app.baton.sales.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesDayRepository extends JpaRepository<SalesDayEntity, Long> {

    /** These uploads' figures for the days in [from, to]; the caller keeps each day's latest upload. */
    List<SalesDayEntity> findByDayBetweenAndUploadIdIn(
            LocalDate from, LocalDate to, java.util.Collection<Long> uploadIds);

    List<SalesDayEntity> findByUploadIdOrderByDayAscChannelCodeAsc(long uploadId);
}
