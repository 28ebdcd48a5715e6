package app.baton.shared.tenant;

import org.hibernate.Session;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Turns Hibernate's tenant filter off in every session Spring opens, once the session's tenant is fixed: the
 * restriction in the SQL ({@link TenantRestriction}) chooses the company's rows instead, and a session without an
 * enabled filter keeps its query plans (decision 003, 017). What the filter did besides — the tenant on insert, on
 * every update and delete — is {@code @TenantId}'s, not the filter's, and stays.
 */
@Configuration(proxyBeanMethods = false)
class TenantSessions {

    /** The filter Hibernate makes for {@code @TenantId} ({@code org.hibernate.binder.internal.TenantIdBinder}). */
    static final String HIBERNATE_TENANT_FILTER = "_tenantId";

    @Bean
    static BeanPostProcessor tenantFilterOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    factory.setEntityManagerInitializer(entityManager ->
                            entityManager.unwrap(Session.class).disableFilter(HIBERNATE_TENANT_FILTER));
                }
                return bean;
            }
        };
    }
}
