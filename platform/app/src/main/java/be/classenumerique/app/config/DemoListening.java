package be.classenumerique.app.config;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts have published passwords and a published second-factor key: the demo listens on
 * this machine's loopback interface only, so {@code ./run.sh} on a reachable host does not give the
 * platform away. {@code CN_DEMO_OPEN=true} opens it, loudly.
 */
@Component
public class DemoListening implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoListening.class);

    private final PlatformSettings settings;

    public DemoListening(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (settings.loopbackOnly()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            LOG.warn(
                    "DEMO MODE: the demo school's passwords are published in the README, so the platform listens"
                            + " on {} only. Set CN_DEMO_OPEN=true to reach it from other machines, or start without"
                            + " the demo (CN_DEMO_SEED=false, CN_PUBLIC_URL, CN_ADMIN_EMAIL) for real use.",
                    InetAddress.getLoopbackAddress().getHostAddress());
        } else if (settings.seedDemo()) {
            LOG.warn("DEMO MODE, OPEN TO THE NETWORK (CN_DEMO_OPEN=true): anyone who can reach this machine can sign"
                    + " in with the demo's published passwords, including as platform admin.");
        }
    }
}
