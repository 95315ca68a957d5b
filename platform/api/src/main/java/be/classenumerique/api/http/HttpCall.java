package be.classenumerique.api.http;

import be.classenumerique.api.Caller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request to a plugin's {@link HttpEndpoint}.
 *
 * @param method the HTTP method, upper case
 * @param path the path below the plugin's prefix, e.g. {@code lti/login}
 * @param parameters query and form parameters
 * @param headers request headers; look them up with {@link #header(String)}
 * @param body the raw body (empty for form posts, whose fields are in {@code parameters})
 * @param caller the signed-in person whose browser sent the request, if any
 * @param baseUrl the platform's public base URL, e.g. {@code https://ecole.example}, to build
 *     absolute URLs such as an LTI issuer or redirect
 * @since 0.1.0
 */
public record HttpCall(
        String method,
        String path,
        Map<String, List<String>> parameters,
        Map<String, List<String>> headers,
        byte[] body,
        Optional<Caller> caller,
        String baseUrl) {

    public HttpCall {
        parameters = Map.copyOf(parameters);
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        body = body.clone();
    }

    /**
     * @param name a parameter name
     * @return its first value, if present
     * @since 0.1.0
     */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /**
     * @param name a header name, in any case
     * @return its first value, if present
     * @since 0.1.0
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /**
     * @return the body decoded as UTF-8
     * @since 0.1.0
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
