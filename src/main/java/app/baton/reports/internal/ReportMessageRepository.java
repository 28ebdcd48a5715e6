package app.baton.reports.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportMessageRepository extends JpaRepository<ReportMessageEntity, Long> {

    List<ReportMessageEntity> findByReportVersionIdInOrderByCreatedAtAscIdAsc(Collection<Long> reportVersionIds);
}
