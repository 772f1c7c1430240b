package com.voicepact.adapter.out.mpesa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * Daraja's {@code SecurityCredential}: base64(RSA/ECB/PKCS1Padding encryption of the initiator password with the public key
 * of Safaricom's certificate). PKCS#1 v1.5 padding is random, so two credentials for one password differ; Daraja accepts
 * any of them, and one may be reused.
 */
final class SecurityCredential {

    private SecurityCredential() {}

    /**
     * @param certificate a PEM or DER X.509 certificate file (the sandbox's and production's differ)
     * @throws IllegalArgumentException naming the file when it cannot be read as a certificate with an RSA key
     */
    static String encrypt(Path certificate, String initiatorPassword) {
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate cert =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, cert.getPublicKey());
            return Base64.getEncoder().encodeToString(rsa.doFinal(initiatorPassword.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "MPESA_CERTIFICATE_PATH: " + certificate + " is not a readable X.509 certificate with an RSA key ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
    }
}
