package app.baton.budgets.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<ChannelEntity, Long> {

    List<ChannelEntity> findAllByOrderBySortOrderAscIdAsc();
}
