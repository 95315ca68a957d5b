package be.classenumerique.api.http;

import java.io.IOException;
import org.pf4j.ExtensionPoint;

/**
 * An HTTP route a plugin serves, for protocols that are not screens: LTI 1.3 login initiation,
 * launch, JWKS, token, assignment and grade services, names and roles, webhooks.
 *
 * <p>The platform serves the endpoint at {@code /plugins/<pluginId>/http/<path>}. Contract:
 *
 * <ul>
 *   <li>The platform does not require a signed-in caller and applies no CSRF check to these routes,
 *       because other systems call them; the endpoint authenticates what it receives (signed JWTs,
 *       state and nonce, bearer tokens) and uses {@link HttpCall#caller()} when a person's session
 *       matters.
 *   <li>Requests are limited to 1 MiB of body; answers are built with {@link HttpReply}.
 *   <li>An exception becomes a 500 answer without details; the platform logs it.
 * </ul>
 *
 * @since 0.1.0
 */
public interface HttpEndpoint extends ExtensionPoint {

    /**
     * @return the path below the plugin's prefix, e.g. {@code lti/login}; a path ending in
     *     {@code /*} also matches everything below it
     * @since 0.1.0
     */
    String path();

    /**
     * Answers one request. Called concurrently from many threads.
     *
     * @param call the request
     * @return the answer
     * @throws IOException when the answer cannot be produced
     * @since 0.1.0
     */
    HttpReply handle(HttpCall call) throws IOException;
}
