package org.gflow.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The APIs' answers carry citizens' and civil servants' data, often read on a shared office
 * computer: no browser or proxy may store them. Camunda's REST API marks its answers only
 * {@code no-cache} (stored, revalidated), so whatever an API sets, {@code no-store} is sent —
 * except for the public vocabulary and the public hotline figures, which are the same for everyone
 * and name no one.
 */
@Configuration
class PrivateAnswersNotStored {

    private static final String NO_STORE = "no-store";
    private static final Set<String> SHARED_WITH_EVERYONE =
            Set.of("/api/public/vocabulary", "/api/public/figures/hotline");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> privateAnswersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
                        chain.doFilter(request, new NoStoreResponse(response));
                    }

                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        return SHARED_WITH_EVERYONE.contains(path);
                    }
                });
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Keeps {@code Cache-Control: no-store} whatever the code behind it sets. */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isCacheControl(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                super.setHeader(name, NO_STORE);
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isCacheControl(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name);
        }
    }
}
