package app.baton.budgets.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<ChannelEntity, Long> {

    List<ChannelEntity> findAllByOrderBySortOrderAscIdAsc();

    /**
     * These channels of the company. A derived query, prepared once, where {@code findAllById} builds a criteria query
     * on every call (issue 16: the dashboard's claims ask for their channels on every visit).
     */
    List<ChannelEntity> findByIdIn(java.util.Collection<Long> ids);
}
