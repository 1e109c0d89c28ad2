package org.gflow.engine.security;

import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web app's sessions live in the database ({@code gflow_web_session}), so every engine node
 * of a cluster knows everyone signed in on any of them: when the node a browser signed in on goes
 * away, the next request reaches another node and the user is still signed in. A single node keeps
 * its users signed in across a restart the same way. Each node deletes expired sessions once a
 * minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class WebSessions {

    /** How long a session's recorded last use may lag behind: a minute in an eight-hour session. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Bean
    StoredSessions storedSessions(JdbcTemplate jdbc, PlatformTransactionManager transactions, ServerProperties server) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        SessionStoreTransactions storeTransactions = new SessionStoreTransactions(ownTransaction);
        JdbcIndexedSessionRepository store = new JdbcIndexedSessionRepository(jdbc, storeTransactions);
        store.setTableName("gflow_web_session");
        Duration timeout = server.getServlet().getSession().getTimeout();
        if (timeout != null) {
            store.setDefaultMaxInactiveInterval(timeout);
        }
        // sessions hold the signed-in user as a serialized object: read with the application's classes
        ClassLoader classes = WebSessions.class.getClassLoader();
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(classes));
        store.setConversionService(conversions);
        store.afterPropertiesSet(); // schedules the minute's clean-up of expired sessions
        return new StoredSessions(store, storeTransactions);
    }

    @Bean
    SparingSessionRepository<?> webSessionRepository(StoredSessions stored, ApplicationEventPublisher events) {
        return new SparingSessionRepository<>(stored.transactions.readingOutside(stored.store), TOUCH_EVERY, events);
    }

    /** Opens each request around Spring Session's filter, so the request reads its session once. */
    @Bean
    FilterRegistrationBean<Filter> oneSessionReadPerRequest(SparingSessionRepository<?> sessions) {
        Filter filter = (request, response, chain) -> sessions.duringRequest(() -> chain.doFilter(request, response));
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** The database store itself, stopped (its clean-up schedule) with the application. */
    static final class StoredSessions implements DisposableBean {
        private final JdbcIndexedSessionRepository store;
        private final SessionStoreTransactions transactions;

        StoredSessions(JdbcIndexedSessionRepository store, SessionStoreTransactions transactions) {
            this.store = store;
            this.transactions = transactions;
        }

        @Override
        public void destroy() {
            store.destroy();
        }
    }
}
