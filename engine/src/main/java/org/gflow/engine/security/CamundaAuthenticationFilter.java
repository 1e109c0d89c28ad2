package org.gflow.engine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.gflow.engine.errors.JsonErrors;
import org.gflow.ldap.identity.DirectoryIdentities;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user and their current groups to Camunda for the length of the
 * request, so that every engine call — REST API, inbox API — is checked against Camunda's
 * authorizations. Groups are read on every request from the directory cache, outside any engine
 * command, so this never waits for a database connection.
 */
class CamundaAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final DirectoryIdentities identities;
    private final JsonErrors errors;

    CamundaAuthenticationFilter(IdentityService identityService, DirectoryIdentities identities, JsonErrors errors) {
        this.identityService = identityService;
        this.identities = identities;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groupIds;
        try {
            groupIds = identities.groupIdsOf(authentication.getName());
        } catch (RuntimeException e) {
            if (DirectoryFailures.isDirectoryDown(e)) {
                DirectoryFailures.answer(errors, request, response);
                return;
            }
            throw e;
        }
        CurrentUser user = new CurrentUser(authentication.getName(), groupIds);
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
        identityService.setAuthentication(user.id(), user.groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
