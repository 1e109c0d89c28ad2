package org.gflow.ldap;

import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/** Builds the TLS context for LDAPS and StartTLS from the configured trust store. */
final class TlsContexts {

    private TlsContexts() {}

    static SSLContext create(LdapSettings settings) {
        TrustManager trust = settings.getTrustStore() == null
                ? JVMDefaultTrustManager.getInstance()
                : new TrustStoreTrustManager(settings.getTrustStore(), passwordOf(settings), null, true);
        try {
            return new SSLUtil(trust).createSSLContext();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "Cannot set up TLS for the directory with trust store " + settings.getTrustStore(), e);
        }
    }

    private static char[] passwordOf(LdapSettings settings) {
        return settings.getTrustStorePassword() == null
                ? null
                : settings.getTrustStorePassword().toCharArray();
    }
}
