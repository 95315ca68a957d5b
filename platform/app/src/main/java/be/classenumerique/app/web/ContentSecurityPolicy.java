package be.classenumerique.app.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the application's pages. Vaadin's client engine builds functions from
 * what the server sends ({@code 'unsafe-eval'}) and its components inject styles ({@code style-src
 * 'unsafe-inline'}), but its scripts are all in the page Vaadin writes: each gets a fresh nonce, so a
 * script or event handler injected later does not run. Images and recordings come from the platform
 * itself (and {@code data:} for the QR codes it draws); nothing is loaded from another site, no plugin
 * object runs, and the page is framed only by the sites {@code cn.frame-ancestors} names.
 */
@Component
public class ContentSecurityPolicy implements VaadinServiceInitListener {

    /** The header's name. */
    public static final String HEADER = "Content-Security-Policy";

    private static final int NONCE_BYTES = 18;

    private final SecureRandom random = new SecureRandom();
    private final String frameAncestors;
    private final String frameSources;

    /**
     * @param frameAncestors who may show the platform in a frame: {@code 'self'}, or also an LMS that
     *     launches it through LTI (space-separated origins)
     * @param frameSources what the platform may show in a frame, e.g. an LTI tool's origin
     */
    public ContentSecurityPolicy(
            @Value("${cn.frame-ancestors:'self'}") String frameAncestors,
            @Value("${cn.frame-src:'self'}") String frameSources) {
        this.frameAncestors = frameAncestors.isBlank() ? "'self'" : frameAncestors.strip();
        this.frameSources = frameSources.isBlank() ? "'self'" : frameSources.strip();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String nonce = nonce();
            response.getDocument().select("script").attr("nonce", nonce);
            response.getVaadinResponse().setHeader(HEADER, policy(nonce));
        });
    }

    /**
     * @param nonce the page's nonce
     * @return the policy for a page whose own scripts carry it
     */
    String policy(String nonce) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "media-src 'self'",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-src " + frameSources,
                "frame-ancestors " + frameAncestors);
    }

    private String nonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
