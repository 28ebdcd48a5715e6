package app.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.audit.internal.AuditEventEntity;
import app.baton.audit.internal.AuditEventRepository;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.CrudRepository;

/** The audit log is append-only by construction: nothing in the code can update or delete an event. */
class AuditEventRepositoryTest {

    @Test
    void repository_has_no_delete_or_update_method() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class))
                .isFalse();
        for (Method method : AuditEventRepository.class.getMethods()) {
            String name = method.getName().toLowerCase(java.util.Locale.ROOT);
            assertThat(name)
                    .as(method.toString())
                    .doesNotContain("delete")
                    .doesNotContain("remove")
                    .doesNotContain("update");
            assertThat(method.isAnnotationPresent(Modifying.class))
                    .as(method.toString())
                    .isFalse();
        }
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .contains("save");
    }

    @Test
    void event_entity_is_immutable_and_has_no_setters() {
        assertThat(AuditEventEntity.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEventEntity.class.getDeclaredMethods())
                        .filter(m -> !Modifier.isPrivate(m.getModifiers()))
                        .map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }
}
