package app.baton.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermsRepository extends JpaRepository<TermsEntity, Long> {

    List<TermsEntity> findByEngagementIdOrderByNumberDesc(long engagementId);
}
