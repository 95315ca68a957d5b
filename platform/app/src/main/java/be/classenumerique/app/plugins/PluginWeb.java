package be.classenumerique.app.plugins;

import be.classenumerique.api.http.HttpCall;
import be.classenumerique.api.http.HttpEndpoint;
import be.classenumerique.api.http.HttpReply;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.web.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves plugins' HTTP endpoints at {@code /plugins/<id>/http/<path>} and the files they ship under
 * {@code static/} at {@code /plugins/<id>/static/<path>}. An endpoint is open to other systems, so it is
 * held apart from the platform's pages: it learns who is signed in only for a request from the platform's
 * own pages (never a cross-site one, which could ride on the session), it cannot set cookies, what it
 * answers runs sandboxed in an origin of its own, and each address gets a number of calls a minute.
 */
@RestController
public class PluginWeb {

    static final String STATIC_PREFIX = "/plugins/%s/static/";
    /** Request-matcher patterns for the security configuration: open to other systems, no CSRF. */
    public static final String HTTP_PATTERN = "/plugins/*/http/**";

    public static final String STATIC_PATTERN = "/plugins/*/static/**";

    private static final Logger LOG = LoggerFactory.getLogger(PluginWeb.class);
    private static final int MAX_BODY = 1024 * 1024;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/-]+");

    /** Calls a minute one address may make to one plugin's endpoints; a school's tablets share one. */
    static final int CALLS_PER_MINUTE = 600;

    /** The policy of every endpoint reply: an opaque origin, so a plugin's page cannot act as the platform. */
    static final String SANDBOX = "sandbox allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox;"
            + " default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'";

    private static final java.util.Set<String> WITHHELD_HEADERS =
            java.util.Set.of("set-cookie", "set-cookie2", "content-security-policy", "x-content-type-options");

    private final java.util.concurrent.ConcurrentHashMap<String, long[]> calls =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final PluginHost plugins;
    private final CurrentCaller currentCaller;
    private final PublicAddress address;

    public PluginWeb(PluginHost plugins, CurrentCaller currentCaller, PublicAddress address) {
        this.address = address;
        this.plugins = plugins;
        this.currentCaller = currentCaller;
    }

    @RequestMapping("/plugins/{pluginId}/http/**")
    public void endpoint(@PathVariable String pluginId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = remainder(request, "/plugins/" + pluginId + "/http/");
        Optional<HttpEndpoint> endpoint = plugins.extensions(pluginId, HttpEndpoint.class).stream()
                .filter(candidate -> matches(candidate.path(), path))
                .findFirst();
        if (endpoint.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!withinRate(pluginId, request.getRemoteAddr(), System.currentTimeMillis() / 60_000)) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        // A form post's fields are read by the servlet container as parameters, which consumes the body.
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        byte[] body = isForm(request) ? new byte[0] : request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        HttpReply reply;
        try {
            reply = endpoint.get().handle(call(request, path, parameters, body));
        } catch (IOException | RuntimeException e) {
            LOG.error("Plugin {} endpoint {} failed", pluginId, path, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> {
            if (!WITHHELD_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                response.setHeader(name, value);
            }
        });
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (reply.contentType() != null) {
            response.setContentType(reply.contentType());
        }
        response.getOutputStream().write(reply.body());
    }

    @RequestMapping("/plugins/{pluginId}/static/**")
    public void staticFile(@PathVariable String pluginId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = remainder(request, "/plugins/" + pluginId + "/static/");
        Optional<ClassLoader> loader = plugins.classLoader(pluginId);
        if (loader.isEmpty() || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = loader.get().getResourceAsStream("static/" + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String type = URLConnection.guessContentTypeFromName(path);
            if (path.endsWith(".js") || path.endsWith(".mjs")) {
                type = "text/javascript";
            } else if (path.endsWith(".css")) {
                type = "text/css";
            }
            response.setContentType(type == null ? "application/octet-stream" : type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * @return whether the request comes from the platform's own pages or the person's own action, not from
     *     another site riding on their session: the browser's {@code Sec-Fetch-Site} says so, or, from
     *     browsers that do not send it, an {@code Origin} that is the platform's
     */
    boolean fromOwnPages(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin == null || origin.equals(originOf(address.base()));
    }

    private static String originOf(String base) {
        java.net.URI uri = java.net.URI.create(base);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Counts a call in the current minute; forgets other minutes as the map grows. */
    boolean withinRate(String pluginId, String remoteAddress, long minute) {
        if (calls.size() > 10_000) {
            calls.values().removeIf(window -> window[0] != minute);
        }
        long[] window = calls.compute(pluginId + "|" + remoteAddress, (key, previous) -> {
            if (previous == null || previous[0] != minute) {
                return new long[] {minute, 1};
            }
            previous[1]++;
            return previous;
        });
        return window[1] <= CALLS_PER_MINUTE;
    }

    static boolean matches(String declared, String path) {
        if (declared.endsWith("/*")) {
            String prefix = declared.substring(0, declared.length() - 1);
            return path.startsWith(prefix) || path.equals(declared.substring(0, declared.length() - 2));
        }
        return declared.equals(path);
    }

    private static String remainder(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.length() > prefix.length() ? uri.substring(prefix.length()) : "";
    }

    private static boolean isForm(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType()
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith("application/x-www-form-urlencoded");
    }

    private HttpCall call(HttpServletRequest request, String path, Map<String, List<String>> parameters, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return new HttpCall(
                request.getMethod(),
                path,
                parameters,
                headers,
                body,
                fromOwnPages(request) ? currentCaller.fromSecurityContext() : Optional.empty(),
                address.base());
    }
}
