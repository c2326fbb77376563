package io.ambient.devices.mqtt;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;

/** TLS for the broker connection: the JVM's trust store, or only the CA(s) in the configured file. */
final class TlsSocketFactories {
    private TlsSocketFactories() {
    }

    static SocketFactory forSettings(MqttSettings s) {
        if (s.caCertificate() == null) {
            return SSLSocketFactory.getDefault();
        }
        try (InputStream in = Files.newInputStream(s.caCertificate())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            List<Certificate> certs = new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("no certificate in MQTT CA file " + s.caCertificate());
            }
            for (int i = 0; i < certs.size(); i++) {
                trust.setCertificateEntry("mqtt-ca-" + i, certs.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx.getSocketFactory();
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use MQTT CA file " + s.caCertificate() + ": " + e.getMessage(), e);
        }
    }
}
