package be.classenumerique.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class DemoListeningTest {

    @Test
    void theDemoListensOnLoopbackOnly() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

        new DemoListening(new PlatformSettings(null, null, null, null, true, null, false)).customize(factory);

        assertThat(factory.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void anOpenedDemoAndARealStartListenWhereTheyAreTold() {
        TomcatServletWebServerFactory opened = new TomcatServletWebServerFactory();
        TomcatServletWebServerFactory real = new TomcatServletWebServerFactory();

        new DemoListening(new PlatformSettings(null, null, null, null, true, "http://10.0.0.5:8080", true))
                .customize(opened);
        new DemoListening(new PlatformSettings(null, null, null, "mongodb://db", null, "https://x.be", false))
                .customize(real);

        assertThat(opened.getAddress()).isNull();
        assertThat(real.getAddress()).isNull();
    }
}
