package org.gflow.engine.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;

/**
 * Takes out the filter Spring Security puts in front of G-Flow's security chain to look up, for
 * every request, which Spring MVC handler will serve it. That lookup serves rules matched through
 * Spring MVC and CORS read from Spring MVC's mappings; G-Flow has neither (its rules match paths,
 * see {@link SecurityConfiguration#requestPathMatchers()}, and it allows no cross-origin calls),
 * so the lookup was work the DispatcherServlet did again afterwards: 3 % of a REST call's CPU
 * samples and 5.6 % of the inbox's at 200 users (Java Flight Recorder).
 *
 * <p>The chain's definition is changed before any bean is made. Spring Security defines the chain
 * as a composite of that filter and the real chain; the composite stays, with the real chain
 * alone in it. Should a later Spring Security define the chain otherwise, nothing is removed.
 */
final class NoHandlerLookupBeforeSecurity implements BeanFactoryPostProcessor {

    static final String CHAIN = "springSecurityFilterChain";

    /** The factory of the look-up filter, a nested class of Spring Security's MVC configuration. */
    private static final String LOOKUP_FILTER = "HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(CHAIN)) {
            return;
        }
        ValueHolder filters = beanFactory
                .getBeanDefinition(CHAIN)
                .getConstructorArgumentValues()
                .getIndexedArgumentValue(0, null);
        if (filters != null && filters.getValue() instanceof List<?> list) {
            list.removeIf(NoHandlerLookupBeforeSecurity::isLookupFilter);
        }
    }

    private static boolean isLookupFilter(Object filter) {
        return filter instanceof BeanDefinition definition
                && definition.getBeanClassName() != null
                && definition.getBeanClassName().endsWith("$" + LOOKUP_FILTER);
    }
}
