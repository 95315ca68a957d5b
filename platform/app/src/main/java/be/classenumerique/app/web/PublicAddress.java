package be.classenumerique.app.web;

import be.classenumerique.app.config.PlatformSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's public address, for every link that leaves the page: reset and invitation mails,
 * printed cards and letters, LTI issuers. It comes from the configuration ({@code CN_PUBLIC_URL}), never
 * from a request, whose {@code Host} and {@code X-Forwarded-Host} anyone can forge. Only the demo, which
 * listens on this machine alone, may go without one: its address is {@code http://localhost:<port>}.
 */
@Component
public class PublicAddress {

    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final Environment environment;

    /**
     * @throws IllegalStateException when the address is missing outside the demo, or is not an absolute
     *     http(s) address without query or fragment
     */
    public PublicAddress(PlatformSettings settings, Environment environment) {
        this.environment = environment;
        this.configured = settings.publicUrl() == null ? null : checked(settings.publicUrl());
        if (configured == null && !settings.loopbackOnly()) {
            throw new IllegalStateException("Set CN_PUBLIC_URL to the address people use to reach the platform"
                    + " (e.g. https://classe.ecole.be): links in mails and on printed cards are built from it");
        }
        if (configured != null && !configured.startsWith("https://") && !loopbackHost(URI.create(configured))) {
            LOG.warn(
                    "CN_PUBLIC_URL {} is not https: reset links and login cards will travel unencrypted;"
                            + " use https in production",
                    configured);
        }
    }

    /** @return e.g. {@code https://ecole.example}, without a trailing slash */
    public String base() {
        if (configured != null) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080")
                + environment.getProperty("server.servlet.context-path", "");
    }

    /** @return whether links are https */
    public boolean secure() {
        return base().startsWith("https://");
    }

    static String checked(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("CN_PUBLIC_URL is not an address: " + address, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalStateException(
                    "CN_PUBLIC_URL must be an http(s) address without user, query or fragment: " + address);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean loopbackHost(URI uri) {
        String host = uri.getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
