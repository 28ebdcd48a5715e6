package app.baton.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportAttachmentRepository extends JpaRepository<ReportAttachmentEntity, Long> {

    List<ReportAttachmentEntity> findByReportVersionIdOrderByIdAsc(long reportVersionId);
}
