package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/** What every request pays in the security chain, whichever door it comes through. */
class SecurityChainIT extends EngineIT {

    @Autowired
    @Qualifier(NoHandlerLookupBeforeSecurity.CHAIN)
    private Filter securityChain;

    @Test
    void aRequestPassesTheSecurityChainWithoutASpringMvcHandlerLookup() throws Exception {
        List<String> attributesAfterTheChain = new ArrayList<>();

        securityChain.doFilter(
                new MockHttpServletRequest("GET", "/api/auth/session"),
                new MockHttpServletResponse(),
                (request, response) -> attributesAfterTheChain.addAll(Collections.list(request.getAttributeNames())));

        // Spring MVC's look-up leaves its result in a request attribute named after the look-up's class.
        assertThat(attributesAfterTheChain)
                .as("the request went through the whole chain")
                .isNotEmpty()
                .noneMatch(name -> name.startsWith(HandlerMappingIntrospector.class.getName()));
    }
}
