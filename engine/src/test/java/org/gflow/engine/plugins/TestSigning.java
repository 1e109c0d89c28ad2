package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;

/**
 * Keys and signed jars for trust tests, made in the test: {@code keytool} from the running JDK
 * makes a key pair with a self-signed certificate, the JDK's {@link JarSigner} API signs.
 */
public final class TestSigning {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final PrivateKey key;
    private final X509Certificate certificate;

    private TestSigning(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** A new signer, e.g. {@code CN=MOIC IT, O=Ministry of Industry and Commerce, C=LA}. */
    public static TestSigning newSigner(Path directory, String distinguishedName) throws Exception {
        Path store = Files.createTempFile(directory, "signer-", ".p12");
        Files.delete(store);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair", "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", distinguishedName,
            "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit",
            "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        return new TestSigning((PrivateKey) keyStore.getKey("signer", PASSWORD), (X509Certificate) keyStore.getCertificate("signer"));
    }

    /** A trust store holding this signer's certificate. */
    public KeyStore trustStore() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, PASSWORD);
        trust.setCertificateEntry("ministry", certificate);
        return trust;
    }

    /** Writes the trust store to a PKCS12 file with password {@code changeit}. */
    public Path writeTrustStore(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore().store(out, PASSWORD);
        }
        return file;
    }

    /** Signs {@code jar} in place. */
    public Path sign(Path jar) throws Exception {
        Path signed = jar.resolveSibling(jar.getFileName() + ".signed");
        var certPath = CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate));
        JarSigner signer = new JarSigner.Builder(key, certPath).digestAlgorithm("SHA-256").signerName("GFLOW").build();
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return Files.move(signed, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies {@code jar}, changing entry {@code name} with {@code change} (and adding it when absent). */
    public static Path rewrite(Path jar, Path copy, String name, UnaryOperator<byte[]> change) throws IOException {
        boolean found = false;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
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
