package be.classenumerique.app.web;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform's address as the browser sees it, for links that leave the page: printed cards, LTI
 * issuers and redirects. Behind a proxy, set {@code server.forward-headers-strategy} so the request
 * carries the public scheme and host.
 */
public final class PublicUrl {

    private PublicUrl() {}

    /**
     * @param request any request to the platform
     * @return e.g. {@code https://ecole.example} or {@code http://localhost:8080}, without trailing slash
     */
    public static String of(HttpServletRequest request) {
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }

    /**
     * @return the address, from the Vaadin request being handled; empty outside one
     */
    public static String ofVaadinRequest() {
        return VaadinService.getCurrentRequest() instanceof VaadinServletRequest request
                ? of(request.getHttpServletRequest())
                : "";
    }
}
