package app.baton.notifications.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailPreferenceRepository extends JpaRepository<MailPreferenceEntity, Long> {

    List<MailPreferenceEntity> findByDigestTrue();
}
