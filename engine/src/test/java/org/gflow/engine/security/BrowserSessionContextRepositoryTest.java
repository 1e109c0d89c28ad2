package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** What a browser's session keeps of its sign-in, and who is signed in on the next request. */
class BrowserSessionContextRepositoryTest {

    private final BrowserSessionContextRepository repository = new BrowserSessionContextRepository();
    private final MockHttpSession session = new MockHttpSession();

    private static SecurityContext signedIn(String user) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private MockHttpServletRequest nextRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    @Test
    void theNextRequestOfTheSessionIsTheSignedInUsersAndTheSessionKeepsOnlyTheirId() {
        MockHttpServletRequest signIn = new MockHttpServletRequest();
        repository.saveContext(signedIn("nalinh.bokeo"), signIn, new MockHttpServletResponse());

        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setSession(signIn.getSession(false));
        var loaded = repository.loadDeferredContext(next);
        assertThat(loaded.isGenerated()).isFalse();
        assertThat(loaded.get().getAuthentication().getName()).isEqualTo("nalinh.bokeo");
        assertThat(loaded.get().getAuthentication().isAuthenticated()).isTrue();
        assertThat(repository.containsContext(next)).isTrue();
        assertThat(Collections.list(next.getSession().getAttributeNames()))
                .as("a plain id that any node, of any version, reads")
                .containsExactly(BrowserSessionContextRepository.SIGNED_IN_USER);
        assertThat(next.getSession().getAttribute(BrowserSessionContextRepository.SIGNED_IN_USER))
                .isEqualTo("nalinh.bokeo");
    }

    @Test
    void aSessionWithoutASignInIsNobodys() {
        var loaded = repository.loadDeferredContext(nextRequest());

        assertThat(loaded.isGenerated()).isTrue();
        assertThat(loaded.get().getAuthentication()).isNull();
        assertThat(repository.containsContext(new MockHttpServletRequest())).isFalse();
    }

    @Test
    void savingAnAnonymousContextEndsTheSignIn() {
        repository.saveContext(signedIn("nalinh.bokeo"), nextRequest(), new MockHttpServletResponse());

        repository.saveContext(
                new SecurityContextImpl(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))),
                nextRequest(),
                new MockHttpServletResponse());

        assertThat(repository.loadDeferredContext(nextRequest()).get().getAuthentication())
                .isNull();
    }

    @Test
    void aRequestWithCredentialsNeitherReadsNorMakesASession() {
        repository.saveContext(signedIn("nalinh.bokeo"), nextRequest(), new MockHttpServletResponse());
        MockHttpServletRequest basic = nextRequest();
        basic.addHeader("Authorization", "Basic d3Jvbmc6d3Jvbmc=");

        assertThat(repository.loadDeferredContext(basic).get().getAuthentication())
                .as("a wrong password never falls back on the session cookie")
                .isNull();
        assertThat(repository.containsContext(basic)).isFalse();

        MockHttpServletRequest apiClient = new MockHttpServletRequest();
        apiClient.addHeader("Authorization", "Basic d3Jvbmc6d3Jvbmc=");
        repository.saveContext(signedIn("admin"), apiClient, new MockHttpServletResponse());
        assertThat(apiClient.getSession(false))
                .as("API traffic creates no sessions")
                .isNull();
    }
}
