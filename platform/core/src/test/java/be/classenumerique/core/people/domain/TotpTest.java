package be.classenumerique.core.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The codes match the RFC's reference values, so any authenticator app agrees with us. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfc6238ReferenceValues() {
        // RFC 6238 appendix B gives 8 digits; apps show the last 6.
        assertThat(Totp.code(RFC_KEY, Totp.step(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(2000000000))).isEqualTo("279037");
    }

    @Test
    void base32RoundTripsAndMatchesTheRfc4648Alphabet() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        assertThatThrownBy(() -> Totp.fromBase32("GEZD1")).isInstanceOf(IllegalArgumentException.class);
    }
}
