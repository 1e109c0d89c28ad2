package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;

/**
 * A signer for trust tests: a key and its certificate chain, made in the test by {@link TestPki}
 * (the running JDK's keytool); the JDK's {@link JarSigner} API signs.
 */
public final class TestSigning {

    private final PrivateKey key;
    private final CertPath chain;

    TestSigning(PrivateKey key, CertPath chain) {
        this.key = key;
        this.chain = chain;
    }

    /**
     * A new self-signed code-signing certificate, e.g. {@code CN=MOIC IT, O=Ministry of Industry and
     * Commerce, C=LA}, for a trust store that trusts it directly.
     */
    public static TestSigning newSigner(Path directory, String distinguishedName) throws Exception {
        TestPki pki = new TestPki(Files.createTempDirectory(directory, "signer-"));
        pki.selfSigned("signer", distinguishedName, TestPki.CODE_SIGNING);
        pki.make();
        return pki.signer("signer");
    }

    /** The signing certificate. */
    public X509Certificate certificate() {
        return (X509Certificate) chain.getCertificates().get(0);
    }

    /** A trust store holding this signer's certificate. */
    public KeyStore trustStore() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, TestPki.PASSWORD.toCharArray());
        trust.setCertificateEntry("ministry", certificate());
        return trust;
    }

    /** Writes the trust store to a PKCS12 file with password {@code changeit}. */
    public Path writeTrustStore(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore().store(out, TestPki.PASSWORD.toCharArray());
        }
        return file;
    }

    /** Signs {@code jar} in place. */
    public Path sign(Path jar) throws Exception {
        Path signed = jar.resolveSibling(jar.getFileName() + ".signed");
        JarSigner signer = new JarSigner.Builder(key, chain)
                .digestAlgorithm("SHA-256")
                .signerName("GFLOW")
                .build();
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return Files.move(signed, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies {@code jar}, changing entry {@code name} with {@code change} (and adding it when absent). */
    public static Path rewrite(Path jar, Path copy, String name, UnaryOperator<byte[]> change) throws IOException {
        boolean found = false;
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(bytes);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            if (!found) {
                out.putNextEntry(new ZipEntry(name));
                out.write(change.apply(new byte[0]));
                out.closeEntry();
            }
        }
        return copy;
    }
}
