package org.gflow.engine.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.gflow.engine.admission.AdmissionFilter;
import org.gflow.engine.errors.JsonErrors;
import org.gflow.ldap.identity.DirectoryIdentities;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every door of the engine: the REST API and the inbox API need a signed-in civil servant
 * (HTTP Basic for API clients, a session cookie with CSRF protection for the browser); the
 * plugin and admin APIs need {@code gflow-admins}; the public pages, the health probe and the
 * static web app are open. Cockpit and Admin under {@code /camunda} keep Camunda's own login
 * (against the same directory) and their own CSRF protection. Only the browser's explicit
 * sign-in opens a session; failed sign-ins at every door go through the {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(DirectoryAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /**
     * No observation of Spring Security's own steps. With them, every filter of every request started
     * and stopped a timer, counted an event and a long-task timer: in 15-27 % of the engine's CPU
     * samples in the inbox benchmark at 200 users (Java Flight Recorder), against 2 % for the inbox's
     * own code. Operators keep request latency by endpoint ({@code http.server.requests}) and
     * G-Flow's own meters.
     */
    @Bean
    SecurityObservationSettings noSecurityStepObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The rules below are matched on the request's path as written. Without this bean Spring
     * Security asks Spring MVC's handler mappings, rule by rule, whether each request is one of
     * MVC's: 5-6 % of the engine's CPU samples in the inbox benchmark at 200 users.
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean requestPathMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** No Spring MVC handler look-up in front of the chain either: {@link NoHandlerLookupBeforeSecurity}. */
    @Bean
    static NoHandlerLookupBeforeSecurity noHandlerLookupBeforeSecurity() {
        return new NoHandlerLookupBeforeSecurity();
    }

    /** Admission control runs in the chain below, before credentials are checked, and not again as a filter of its own. */
    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionOnlyInSecurityChain(AdmissionFilter admission) {
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(admission);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    BrowserSessionContextRepository securityContextRepository() {
        return new BrowserSessionContextRepository();
    }

    @Bean
    SecurityFilterChain gflowSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            IdentityService identityService,
            DirectoryIdentities identities,
            JsonErrors errors,
            BrowserSessionContextRepository sessions,
            ClientAddress clientAddress,
            SecuritySettings settings,
            AdmissionFilter admission)
            throws Exception {
        AuthenticationEntryPoint entryPoint = entryPoint(errors);
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(sessions))
                // A refused request is not remembered for a later redirect: that would give every
                // anonymous caller a session.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint)
                        .authenticationDetailsSource(request -> new LoginOrigin(clientAddress.of(request))))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied(errors)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new BrowserCsrfTokenRequestHandler())
                        .requireCsrfProtectionMatcher(browserStateChange()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(admission, BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new CamundaAuthenticationFilter(identityService, identities, errors), AuthorizationFilter.class)
                .headers(headers -> SecurityHeaders.apply(headers, settings))
                .authorizeHttpRequests(requests -> requests
                        // the end of a long-lived answer (the live inbox's event stream) is dispatched
                        // again; the request was authorized when it began, and an HTTP Basic caller
                        // has no session to be found in then
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/api/public/**")
                        .permitAll()
                        // Open311: public reads; filing checks the app's own key (open311.ApiKeys)
                        .requestMatchers("/open311/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/login")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/session")
                        .permitAll()
                        .requestMatchers("/api/plugins/**", "/api/admin/**", "/actuator/**")
                        .access((authentication, context) -> new AuthorizationDecision(isAdmin(context)))
                        .requestMatchers("/api/**", "/engine-rest/**")
                        .authenticated()
                        // Camunda's webapps authenticate and protect themselves.
                        .requestMatchers("/camunda/**")
                        .permitAll()
                        // The web app's static files and client-side routes hold no data.
                        .anyRequest()
                        .permitAll());
        return http.build();
    }

    /**
     * The inbox reads its CSRF token from the {@value #CSRF_COOKIE} cookie and sends it back in
     * the {@code X-XSRF-TOKEN} header. Cockpit's own token cookie is called {@code XSRF-TOKEN}:
     * sharing that name would make each app read the other's token.
     */
    static final String CSRF_COOKIE = "GFLOW-XSRF-TOKEN";

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CSRF_COOKIE);
        return repository;
    }

    private static boolean isAdmin(RequestAuthorizationContext context) {
        Object user = context.getRequest().getAttribute(CurrentUser.REQUEST_ATTRIBUTE);
        return user instanceof CurrentUser current && current.isAdmin();
    }

    /**
     * CSRF protects what a browser session can change: every change that carries a session
     * cookie is checked, whatever other header it carries. An API client that sends HTTP
     * Basic and no session cookie cannot be forged by another site; Camunda's webapps carry
     * their own CSRF filter; the public pages hold no session, nor does Open311, an API for apps
     * that authenticate with a key and no cookie.
     */
    private static RequestMatcher browserStateChange() {
        RequestMatcher exempt = request -> {
            String path = pathOf(request);
            boolean apiClient = BrowserSessionContextRepository.carriesCredentials(request)
                    && request.getRequestedSessionId() == null;
            return apiClient
                    || path.startsWith("/camunda/")
                    || path.startsWith("/api/public/")
                    || path.startsWith("/open311/");
        };
        return request -> !isSafe(request.getMethod()) && !exempt.matches(request);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    /**
     * The web app marks its requests with {@code X-Requested-With: XMLHttpRequest}: a Basic
     * challenge in its answers would make the browser open its own password dialog over the app
     * (and hold the request until someone answers it) instead of the app's sign-in page.
     */
    static boolean isWebApp(HttpServletRequest request) {
        return "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }

    /**
     * 403 in G-Flow's error body: signed in, but not allowed here (an admin's page), or a browser
     * change without its CSRF token.
     */
    private static AccessDeniedHandler accessDenied(JsonErrors errors) {
        return (request, response, denied) -> {
            boolean csrf = denied instanceof CsrfException;
            errors.write(
                    request,
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    csrf ? "csrf" : "forbidden",
                    csrf
                            ? "This page has expired. Please reload it and try again."
                            : "You are not allowed to do this.");
        };
    }

    /**
     * 401 for a missing or wrong login, the same whatever was wrong; 503 when the directory
     * is down. API clients under {@code /engine-rest} are invited to HTTP Basic; the browser
     * app, which says so with {@link #isWebApp}, is not (it shows its own login page instead of
     * the browser's dialog).
     */
    private static AuthenticationEntryPoint entryPoint(JsonErrors errors) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            if (failure instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                errors.write(request, response, 429, "too-many-logins", LoginThrottledException.MESSAGE);
                return;
            }
            if (failure instanceof AuthenticationServiceException) {
                DirectoryFailures.answer(errors, request, response);
                return;
            }
            if (pathOf(request).startsWith("/engine-rest/") && !isWebApp(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"G-Flow\", charset=\"UTF-8\"");
            }
            errors.write(
                    request,
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "unauthenticated",
                    "Please sign in with your directory account.");
        };
    }
}
