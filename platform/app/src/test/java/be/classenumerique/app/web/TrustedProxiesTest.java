package be.classenumerique.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A tablet on the school's network must not choose the address the sign-in throttle counts it under:
 * only the configured proxy may set X-Forwarded-For, by default none but this machine.
 */
class TrustedProxiesTest {

    @Test
    void byDefaultOnlyThisMachineIsTrustedToForwardAnAddress() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String value = properties.getProperty("server.tomcat.remoteip.internal-proxies");
        assertThat(value).startsWith("${CN_TRUSTED_PROXIES:");
        Pattern trusted = Pattern.compile(value.substring(value.indexOf(':') + 1, value.length() - 1));

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String lan : new String[] {"192.168.1.20", "10.0.0.5", "172.16.0.1", "127.0.0.10", "169.254.1.1"}) {
            assertThat(trusted.matcher(lan).matches()).as(lan).isFalse();
        }
    }
}
