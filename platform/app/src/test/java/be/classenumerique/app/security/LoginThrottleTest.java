package be.classenumerique.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAnAccountAfterFiveFailuresAndLongerAfterEachNewOne() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.failed("lea.d", "10.0.0." + i);
        }
        assertThat(throttle.isLocked("lea.d", "10.0.0.9")).isFalse();

        throttle.failed("Lea.D ", "10.0.0.9");
        assertThat(throttle.isLocked("lea.d", "10.0.0.99")).isTrue();
        clock.advance(LoginThrottle.FIRST_LOCK.plusSeconds(1));
        assertThat(throttle.isLocked("lea.d", "10.0.0.99")).isFalse();

        throttle.failed("lea.d", "10.0.0.9");
        clock.advance(LoginThrottle.FIRST_LOCK.plusSeconds(1));
        assertThat(throttle.isLocked("lea.d", "10.0.0.99"))
                .as("the second lock lasts twice as long")
                .isTrue();
        assertThat(throttle.isLocked("noah.m", "10.0.0.99")).isFalse();
    }

    @Test
    void locksAnAddressTryingManyAccounts() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("guess" + i, "192.0.2.7");
        }
        assertThat(throttle.isLocked("anyone", "192.0.2.7")).isTrue();
        assertThat(throttle.isLocked("anyone", "192.0.2.8")).isFalse();
    }

    @Test
    void successStartsTheCountAgainAndLocksNeverExceedFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("zoe.l", "a");
        }
        throttle.succeeded("zoe.l");
        throttle.failed("zoe.l", "a");
        assertThat(throttle.isLocked("zoe.l", "b")).isFalse();

        for (int i = 0; i < 40; i++) {
            throttle.failed("adam.k", "c" + i);
        }
        clock.advance(LoginThrottle.LONGEST_LOCK.plusSeconds(1));
        assertThat(throttle.isLocked("adam.k", "d")).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-09-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
