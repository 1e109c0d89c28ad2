package org.gflow.engine.plugins;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Certificates for trust tests, made in the test by the running JDK's {@code keytool}: declare them,
 * then {@link #make()} runs every command in one JVM ({@link KeytoolBatch}). Each alias gets a
 * PKCS12 file of its own; an issued certificate's chain runs up through its issuers.
 *
 * <pre>
 * TestPki pki = new TestPki(dir)
 *     .selfSigned("ca", "CN=Lao Government CA", TestPki.CA)
 *     .issued("moic", "ca", "CN=MOIC IT", TestPki.CODE_SIGNING);
 * pki.make();
 * pki.signer("moic").sign(jar);
 * </pre>
 */
public final class TestPki {

    /** A certificate authority: basicConstraints CA:true, may sign certificates. */
    public static final String[] CA = {"-ext", "BC:c=ca:true", "-ext", "KU:c=keyCertSign,cRLSign"};
    /** A code-signing certificate, as the engine wants a plugin's signer. */
    public static final String[] CODE_SIGNING = {"-ext", "KU:c=digitalSignature", "-ext", "EKU=codeSigning"};
    /** A TLS server certificate: digitalSignature but not for code. */
    public static final String[] TLS_SERVER = {"-ext", "KU:c=digitalSignature", "-ext", "EKU=serverAuth"};
    /** A time-stamping authority's certificate. */
    public static final String[] TIME_STAMPING = {"-ext", "KU:c=digitalSignature", "-ext", "EKU:c=timeStamping"};

    static final String PASSWORD = "changeit";

    private final Path directory;
    private final List<List<String>> commands = new ArrayList<>();
    private final Map<String, String> issuers = new LinkedHashMap<>();

    public TestPki(Path directory) {
        this.directory = directory;
    }

    /** Options after these: more {@code -ext}, or {@code -startdate -400d -validity 30} for an expired one. */
    public static String[] with(String[] extensions, String... more) {
        return Stream.concat(Stream.of(extensions), Stream.of(more)).toArray(String[]::new);
    }

    /** keytool's arguments for a new P-256 key pair under this alias. */
    private static List<String> generateKeyPair(String alias, String distinguishedName) {
        return new ArrayList<>(List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                distinguishedName));
    }

    public TestPki selfSigned(String alias, String distinguishedName, String... options) {
        List<String> command = generateKeyPair(alias, distinguishedName);
        command.addAll(withValidity(options));
        command.addAll(store(alias));
        commands.add(command);
        issuers.put(alias, null);
        return this;
    }

    public TestPki issued(String alias, String issuer, String distinguishedName, String... options) {
        String request = directory.resolve(alias + ".csr").toString();
        List<String> generate = generateKeyPair(alias, distinguishedName);
        generate.addAll(store(alias));
        List<String> certify = new ArrayList<>(List.of("-certreq", "-alias", alias, "-file", request));
        certify.addAll(store(alias));
        List<String> issue = new ArrayList<>(List.of(
                "-gencert",
                "-alias",
                issuer,
                "-infile",
                request,
                "-outfile",
                certificateFile(alias).toString()));
        issue.addAll(withValidity(options));
        issue.addAll(store(issuer));
        commands.addAll(List.of(generate, certify, issue));
        issuers.put(alias, issuer);
        return this;
    }

    /** 30 days from now unless the options say otherwise. */
    private static List<String> withValidity(String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        if (!all.contains("-validity")) {
            all.addAll(List.of("-validity", "30"));
        }
        return all;
    }

    /** Runs keytool for everything declared. */
    public void make() throws Exception {
        Path batch = directory.resolve("keytool-" + System.nanoTime() + ".txt");
        Files.write(
                batch,
                commands.stream().map(command -> String.join("\t", command)).toList(),
                StandardCharsets.UTF_8);
        Path classes = Path.of(KeytoolBatch.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--add-exports",
                        "java.base/sun.security.tools.keytool=ALL-UNNAMED",
                        "-cp",
                        classes.toString(),
                        KeytoolBatch.class.getName(),
                        batch.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (java.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        commands.clear();
    }

    /** The certificate of {@code alias}. */
    public X509Certificate certificate(String alias) throws Exception {
        if (issuers.get(alias) == null) {
            return (X509Certificate) keyStore(alias).getCertificate(alias);
        }
        try (InputStream in = Files.newInputStream(certificateFile(alias))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** {@code alias}'s certificate, then its issuer's, up to the self-signed root. */
    public CertPath chain(String alias) throws Exception {
        List<X509Certificate> chain = new ArrayList<>();
        for (String current = alias; current != null; current = issuers.get(current)) {
            chain.add(certificate(current));
        }
        return CertificateFactory.getInstance("X.509").generateCertPath(chain);
    }

    /** Signs with {@code alias}'s key, the signature carrying its whole chain. */
    public TestSigning signer(String alias) throws Exception {
        return new TestSigning((PrivateKey) keyStore(alias).getKey(alias, PASSWORD.toCharArray()), chain(alias));
    }

    /** A trust store holding these certificates. */
    public KeyStore trustStore(String... aliases) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, PASSWORD.toCharArray());
        for (String alias : aliases) {
            trust.setCertificateEntry(alias, certificate(alias));
        }
        return trust;
    }

    /** Writes a trust store of these certificates to a PKCS12 file with password {@code changeit}. */
    public Path writeTrustStore(Path file, String... aliases) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore(aliases).store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private KeyStore keyStore(String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(storeFile(alias))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private List<String> store(String alias) {
        return List.of(
                "-storetype",
                "PKCS12",
                "-keystore",
                storeFile(alias).toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
    }

    private Path storeFile(String alias) {
        return directory.resolve(alias + ".p12");
    }

    private Path certificateFile(String alias) {
        return directory.resolve(alias + ".cer");
    }
}
