package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.junit.jupiter.api.Test;
import org.gflow.ldap.testing.SlapdServer;

/** The identity contract against a real OpenLDAP slapd with a layout of its own. */
class SlapdIdentityIT extends IdentityContract {

  private SlapdServer slapd;

  @Override
  protected LdapDirectory startDirectory() {
    slapd = new SlapdServer();
    LdapSettings settings = slapd.settings();
    settings.setCacheTtl(Duration.ZERO);
    settings.setPageSize(3);
    return new LdapDirectory(settings);
  }

  @Override
  protected DirectoryFacts facts() {
    return new DirectoryFacts("bokeo-hotline-verifiers", List.of("bounleua.bk", "noy.bk"), "bounleua.bk",
        "ບຸນເຫຼືອ", "ສີວົງໄຊ", "bounleua@bokeo.gov.la", SlapdServer.PASSWORD, "dao.mo",
        List.of("sone.bk", "bounleua.bk", "noy.bk", "phet.mo", "vanh.mo", "dao.mo", "ket.mf", "lay.op", "ton.op",
            "sysadmin"));
  }

  @Override
  protected void stopDirectory() {
    slapd.stop();
  }

  @Override
  protected void startDirectoryAgain() {
    slapd.start();
  }

  @Override
  protected void closeDirectory() {
    slapd.close();
  }

  /** Which ordering path runs, so the contract's sorting checks exercise the client-side path here. */
  @Test
  void slapdWithoutTheSortOverlayIsSortedOnTheClient() {
    assertThat(directory.supportsServerSideSort()).isFalse();
  }
}
