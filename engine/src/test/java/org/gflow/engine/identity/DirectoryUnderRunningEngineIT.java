package org.gflow.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory changes and fails while the engine runs; the engine follows and recovers. */
class DirectoryUnderRunningEngineIT extends EngineIT {

    private static final String VERIFIER = "nalinh.bokeo";
    private static final String GROUP_DN = "cn=bokeo-hotline-verifiers,ou=groups,dc=gflow,dc=gov,dc=la";

    @Autowired
    EmbeddedDirectory directory;

    @Test
    void aDirectoryOutageIsA503AndTheEngineRecoversByItself() {
        Api verifier = Api.as(baseUrl(), VERIFIER);
        assertThat(verifier.get("/engine-rest/task").status()).isEqualTo(200);
        directory.stop();
        try {
            // a password the engine has not just checked must be asked of the directory: 503, not 401
            Api.Reply during = Api.as(baseUrl(), VERIFIER, "not-the-password").get("/engine-rest/task");
            assertThat(during.status()).as(during.raw().body()).isEqualTo(503);
            assertThat(during.text("error")).isEqualTo("directory-unavailable");
            Api.Reply login = Api.browser(baseUrl())
                    .post("/api/auth/login", Map.of("username", VERIFIER, "password", "not-the-password"));
            assertThat(login.status()).isEqualTo(503);
            assertThat(login.text("code")).as(login.raw().body()).isEqualTo("directory-unavailable");
            assertThat(Api.anonymous(baseUrl()).get("/actuator/health").status())
                    .isEqualTo(200);
        } finally {
            directory.restart();
        }
        eventually(
                "sign-in works again", () -> verifier.get("/engine-rest/task").status() == 200);
    }

    @Test
    void aMemberRemovedFromAGroupLosesItWithinTheCacheTtl() throws Exception {
        Api verifier = Api.as(baseUrl(), VERIFIER);
        String userDn = "uid=" + VERIFIER + ",ou=people,dc=gflow,dc=gov,dc=la";
        assertThat(groups(verifier)).contains("bokeo-hotline-verifiers");
        directory.server().modify(GROUP_DN, new Modification(ModificationType.DELETE, "member", userDn));
        try {
            eventually("the membership is gone", () -> !groups(verifier).contains("bokeo-hotline-verifiers"));
        } finally {
            directory.server().modify(GROUP_DN, new Modification(ModificationType.ADD, "member", userDn));
        }
        eventually("the membership is back", () -> groups(verifier).contains("bokeo-hotline-verifiers"));
    }

    private static String groups(Api user) {
        return user.get("/api/auth/session").json().path("groups").toString();
    }
}
