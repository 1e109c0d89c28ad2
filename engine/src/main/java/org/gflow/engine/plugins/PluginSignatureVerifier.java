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
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks a plugin jar's signature: every entry signed, unchanged since, and by a signer the trust
 * store vouches for ({@link SignerCertificateValidator}: PKIX path, code-signing usage, expiry,
 * timestamps). Uses the JDK's own jar verification ({@code JarFile} with verify on, which checks
 * digests and signatures while an entry is read): an entry changed after signing fails to read,
 * an entry added after signing has no signer.
 */
public final class PluginSignatureVerifier {

    private final SignerCertificateValidator validator;

    /** Revocation not checked; the time is the system's. */
    public PluginSignatureVerifier(KeyStore trustStore) {
        this(trustStore, false, Clock.systemUTC());
    }

    /**
     * @param revocationChecking ask the CAs' OCSP responders (or CRLs) whether a certificate was revoked
     */
    public PluginSignatureVerifier(KeyStore trustStore, boolean revocationChecking, Clock clock) {
        List<X509Certificate> trusted = trustedCertificates(trustStore);
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("the plugin trust store holds no certificate");
        }
        this.validator = new SignerCertificateValidator(trusted, revocationChecking, clock);
    }

    /**
     * @return the trusted signer of every entry, or empty when no entry is signed at all
     * @throws PluginRejectedException saying which entry is unsigned or tampered, or why its signer is not trusted
     */
    public Optional<PluginSigner> verify(Path file) throws PluginRejectedException {
        Set<CodeSigner> common = null;
        String unsignedEntry = null;
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                readFully(jar, entry);
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsignedEntry = unsignedEntry == null ? entry.getName() : unsignedEntry;
                    continue;
                }
                Set<CodeSigner> ofEntry = new LinkedHashSet<>(Arrays.asList(signers));
                common = common == null ? ofEntry : intersection(common, ofEntry);
                if (common.isEmpty()) {
                    throw new PluginRejectedException(
                            PluginFailure.SIGNATURE_REFUSED,
                            "entry '" + entry.getName() + "' is not signed by the signer of the others");
                }
            }
        } catch (SecurityException e) {
            throw new PluginRejectedException(
                    PluginFailure.SIGNATURE_REFUSED,
                    "the plugin's signature does not match its content (tampered): " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new PluginRejectedException(PluginFailure.NOT_A_PLUGIN, "not a readable jar: " + e.getMessage(), e);
        }
        if (common == null) {
            return Optional.empty();
        }
        if (unsignedEntry != null) {
            throw new PluginRejectedException(
                    PluginFailure.SIGNATURE_REFUSED,
                    "entry '" + unsignedEntry + "' is not signed (added after signing?)");
        }
        return Optional.of(trustedSigner(common));
    }

    private PluginSigner trustedSigner(Set<CodeSigner> signers) throws PluginRejectedException {
        PluginRejectedException first = null;
        for (CodeSigner signer : signers) {
            try {
                return PluginSigner.of(validator.validate(signer));
            } catch (SignerCertificateValidator.Untrusted e) {
                if (first == null) {
                    first = new PluginRejectedException(
                            PluginFailure.SIGNATURE_REFUSED,
                            "the plugin is signed by " + subjectOf(signer) + ", which the trust store does not trust: "
                                    + e.getMessage());
                }
            }
        }
        throw first;
    }

    private static Set<CodeSigner> intersection(Set<CodeSigner> a, Set<CodeSigner> b) {
        Set<CodeSigner> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
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
        return upper.equals("META-INF/MANIFEST.MF")
                || upper.endsWith(".SF")
                || upper.endsWith(".RSA")
                || upper.endsWith(".DSA")
                || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    private static String subjectOf(CodeSigner signer) {
        Certificate first = signer.getSignerCertPath().getCertificates().get(0);
        return first instanceof X509Certificate x509 ? PluginSigner.of(x509).describe() : "an unknown key";
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
