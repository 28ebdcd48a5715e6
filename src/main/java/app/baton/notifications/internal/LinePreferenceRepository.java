package app.baton.notifications.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LinePreferenceRepository extends JpaRepository<LinePreferenceEntity, Long> {}
