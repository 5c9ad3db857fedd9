package org.tongban.license;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.openssl.PEMParser;

/**
 * SM2 (GB/T 32918) keys, signatures and certificates through Bouncy Castle. Signatures are SM3withSM2 over the
 * message with the default user id {@code 1234567812345678} (GM/T 0009), DER-encoded {@code SEQUENCE {r, s}}:
 * exactly what {@code openssl dgst -sm3 -verify … -sigopt distid:1234567812345678} checks.
 */
final class Sm2 {

    static final String ALGORITHM = "SM2-SM3";
    static final String SIGNATURE = "SM3withSM2";
    private static final String PROVIDER = BouncyCastleProvider.PROVIDER_NAME;
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        if (Security.getProvider(PROVIDER) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private Sm2() {
    }

    /** The name of the registered Bouncy Castle provider (registering it at the first call). */
    static String provider() {
        return PROVIDER;
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 keys cannot be made", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE, PROVIDER);
            signature.initSign(key, RANDOM);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** Whether the signature is the key's over the message; a malformed signature is simply not valid. */
    static boolean verify(PublicKey key, byte[] message, byte[] signatureValue) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE, PROVIDER);
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureValue);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A certificate for the subject's key signed by the issuer's key: a CA certificate ({@code ca}) may sign
     * others; a seal's certificate may only sign (digital signature, non-repudiation).
     */
    static X509Certificate certificate(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
            Instant from, Instant until, boolean ca) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(from), Date.from(until), subject,
                    subjectKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, ca
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder(SIGNATURE).setProvider(PROVIDER).build(issuerKey));
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
        } catch (IOException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("an SM2 certificate cannot be made", e);
        }
    }

    /** A distinguished name: C=CN, the organisation and its unit, the common name. */
    static X500Name name(String organisation, String unit, String commonName) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, organisation);
        if (unit != null) {
            builder.addRDN(BCStyle.OU, unit);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    /** Whether the certificate carries the issuer's signature (the chain's one link). */
    static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey(), PROVIDER);
            return certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The certificate a PEM text holds.
     *
     * @throws IllegalArgumentException when the text holds none
     */
    static X509Certificate certificate(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem == null ? "" : pem))) {
            if (parser.readObject() instanceof X509CertificateHolder holder) {
                return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new IllegalArgumentException("not a PEM certificate", e);
        }
        throw new IllegalArgumentException("not a PEM certificate");
    }

    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC", PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an SM2 private key", e);
        }
    }

    /** The SM3 fingerprint of a certificate, lower-case hex: how the trust list and licenses name one. */
    static String fingerprint(X509Certificate certificate) {
        try {
            MessageDigest sm3 = MessageDigest.getInstance("SM3", PROVIDER);
            return HexFormat.of().formatHex(sm3.digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
