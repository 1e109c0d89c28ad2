package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Accepts a plugin jar only when every entry is signed by a certificate chain that leads to a
 * certificate in the trust store. Uses the JDK's own jar verification ({@code JarFile} with
 * verify on, which checks digests and signatures while an entry is read): an entry changed
 * after signing fails to read, an entry added after signing has no signer.
 */
public final class PluginSignatureVerifier {

    private final List<X509Certificate> trusted;

    public PluginSignatureVerifier(KeyStore trustStore) {
        this.trusted = trustedCertificates(trustStore);
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("the plugin trust store holds no certificate");
        }
    }

    /**
     * @throws PluginRejectedException saying which entry is unsigned, tampered or signed by an unknown key
     */
    public void verify(Path file) throws PluginRejectedException {
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Enumeration<JarEntry> entries = jar.entries();
            boolean anySigned = false;
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                readFully(jar, entry);
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    throw new PluginRejectedException(anySigned
                        ? "entry '" + entry.getName() + "' is not signed (added after signing?)"
                        : "the plugin is not signed");
                }
                anySigned = true;
                if (!signedByTrustedKey(signers)) {
                    throw new PluginRejectedException("entry '" + entry.getName() + "' is signed by "
                        + subjectOf(signers[0]) + ", which the trust store does not trust");
                }
            }
            if (!anySigned) {
                throw new PluginRejectedException("the plugin is not signed");
            }
        } catch (SecurityException e) {
            throw new PluginRejectedException("the plugin's signature does not match its content (tampered): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PluginRejectedException("not a readable jar: " + e.getMessage(), e);
        }
    }

    // Reading the whole entry is what makes JarFile check its digest against the signed manifest.
    private static void readFully(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
            || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    private boolean signedByTrustedKey(CodeSigner[] signers) {
        for (CodeSigner signer : signers) {
            if (chainLeadsToTrusted(signer.getSignerCertPath().getCertificates())) {
                return true;
            }
        }
        return false;
    }

    /** Each certificate must be signed by the next; some certificate of the chain must be trusted. */
    private boolean chainLeadsToTrusted(List<? extends Certificate> chain) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = (X509Certificate) chain.get(i);
            if (trusted.contains(certificate)) {
                return true;
            }
            X509Certificate issuer = i + 1 < chain.size() ? (X509Certificate) chain.get(i + 1) : trustedIssuerOf(certificate);
            if (issuer == null || !signedBy(certificate, issuer)) {
                return false;
            }
            if (i + 1 >= chain.size()) {
                return true;
            }
        }
        return false;
    }

    private X509Certificate trustedIssuerOf(X509Certificate certificate) {
        return trusted.stream()
            .filter(candidate -> candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
            .findFirst().orElse(null);
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.checkValidity();
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String subjectOf(CodeSigner signer) {
        Certificate first = signer.getSignerCertPath().getCertificates().get(0);
        return first instanceof X509Certificate x509 ? "'" + x509.getSubjectX500Principal().getName() + "'" : "an unknown key";
    }

    private static List<X509Certificate> trustedCertificates(KeyStore trustStore) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            for (String alias : Collections.list(trustStore.aliases())) {
                Certificate certificate = trustStore.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the plugin trust store: " + e.getMessage(), e);
        }
        return List.copyOf(certificates);
    }
}
