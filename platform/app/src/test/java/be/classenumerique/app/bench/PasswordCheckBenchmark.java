package be.classenumerique.app.bench;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What one password check costs with the platform's encoder; printed, never asserted. */
@Tag("benchmark")
class PasswordCheckBenchmark {

    @Test
    void passwordCheck() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("Classe2030!");
        encoder.matches("warm-up", hash);
        int rounds = 30;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            encoder.matches(i % 2 == 0 ? "Classe2030!" : "wrong-password", hash);
        }
        System.out.println("BENCHMARK password check (" + hash.substring(0, hash.indexOf('}') + 1) + " bcrypt cost "
                + hash.split("\\$")[2] + "): "
                + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6 / rounds) + " ms per check");
    }
}
