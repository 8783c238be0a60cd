package io.genx3d.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server mail goes through, when one is configured ({@code genx3d.smtp.host}). {@code genx3d.smtp.tls} is
 * {@code starttls} (the default: the connection must be upgraded, as on port 587), {@code tls} (TLS from the start,
 * port 465) or {@code none} (a relay on the same host or network only).
 */
@ApplicationScoped
public class SmtpSettings {

    @Inject
    @ConfigProperty(name = "genx3d.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "genx3d.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "genx3d.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "genx3d.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "genx3d.smtp.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "genx3d.mail.from", defaultValue = "genx3D <no-reply@localhost>")
    String from;

    public boolean configured() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** A Jakarta Mail session for the configured server; connection and read time out after 10 s. */
    Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        switch (tls.toLowerCase(Locale.ROOT)) {
            case "none" -> {}
            case "tls" -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            default -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            PasswordAuthentication credentials = new PasswordAuthentication(user.get(), password.orElse(""));
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return credentials;
                }
            });
        }
        return Session.getInstance(properties);
    }
}
