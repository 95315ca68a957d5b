package be.classenumerique.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.app.config.PlatformSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublicAddressTest {

    private final MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "18080");

    @Test
    void linksComeFromTheConfiguredAddressWithoutItsTrailingSlash() {
        PublicAddress address = new PublicAddress(settings(false, "https://classe.ecole.be/", false), environment);

        assertThat(address.base()).isEqualTo("https://classe.ecole.be");
        assertThat(address.secure()).isTrue();
    }

    @Test
    void theLoopbackDemoWithoutAnAddressLinksToThisMachine() {
        PublicAddress address = new PublicAddress(settings(true, null, false), environment);

        assertThat(address.base()).isEqualTo("http://localhost:18080");
        assertThat(address.secure()).isFalse();
    }

    @Test
    void aStartReachableFromTheNetworkNeedsAnAddress() {
        assertThatThrownBy(() -> new PublicAddress(settings(false, null, false), environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CN_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicAddress(settings(true, " ", true), environment))
                .hasMessageContaining("CN_PUBLIC_URL");
    }

    @Test
    void anAddressWithAQueryFragmentUserOrOtherSchemeIsRefused() {
        for (String wrong : new String[] {
            "classe.ecole.be",
            "ftp://classe.ecole.be",
            "https://x@classe.ecole.be",
            "https://classe.ecole.be/?a=1",
            "https://classe.ecole.be/#top",
            "https://"
        }) {
            assertThatThrownBy(() -> new PublicAddress(settings(false, wrong, false), environment))
                    .as(wrong)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static PlatformSettings settings(boolean demo, String publicUrl, boolean demoOpen) {
        return new PlatformSettings(null, null, null, null, demo, publicUrl, demoOpen);
    }
}
