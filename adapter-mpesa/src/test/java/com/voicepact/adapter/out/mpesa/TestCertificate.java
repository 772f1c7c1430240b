package com.voicepact.adapter.out.mpesa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * A throwaway RSA key pair with a self-signed certificate made by the JDK's keytool, standing in for Safaricom's
 * certificate: the test encrypts with the certificate (as the client does) and decrypts with the private key.
 */
final class TestCertificate {

    private static TestCertificate instance;

    final Path pem;
    final PrivateKey privateKey;

    private TestCertificate(Path pem, PrivateKey privateKey) {
        this.pem = pem;
        this.privateKey = privateKey;
    }

    static synchronized TestCertificate get() {
        if (instance == null) {
            instance = generate();
        }
        return instance;
    }

    /** The password inside a {@code SecurityCredential}, decrypted with RSA/ECB/PKCS1Padding. */
    String decrypt(String securityCredential) throws GeneralSecurityException {
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.DECRYPT_MODE, privateKey);
        return new String(rsa.doFinal(Base64.getDecoder().decode(securityCredential)), StandardCharsets.UTF_8);
    }

    private static TestCertificate generate() {
        try {
            Path dir = Files.createTempDirectory("daraja-cert");
            dir.toFile().deleteOnExit();
            Path store = dir.resolve("test.p12");
            String keytool =
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(
                            keytool,
                            "-genkeypair",
                            "-alias",
                            "daraja",
                            "-keyalg",
                            "RSA",
                            "-keysize",
                            "2048",
                            "-dname",
                            "CN=Daraja Test",
                            "-validity",
                            "2",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            store.toString(),
                            "-storepass",
                            "changeit",
                            "-keypass",
                            "changeit")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, "changeit".toCharArray());
            }
            Certificate certificate = keyStore.getCertificate("daraja");
            Path pem = dir.resolve("daraja.cer");
            Files.writeString(
                    pem,
                    "-----BEGIN CERTIFICATE-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(certificate.getEncoded())
                            + "\n-----END CERTIFICATE-----\n");
            pem.toFile().deleteOnExit();
            store.toFile().deleteOnExit();
            return new TestCertificate(pem, (PrivateKey) keyStore.getKey("daraja", "changeit".toCharArray()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
