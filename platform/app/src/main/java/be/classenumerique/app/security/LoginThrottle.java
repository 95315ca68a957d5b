package be.classenumerique.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failures for one login name, or many from one network
 * address, further tries are refused for a while that doubles with each new failure. Counts the same
 * whether the account exists or not, so it tells nothing about which accounts exist. In memory, per
 * node: with several nodes behind a proxy an attacker gains at most a factor of the node count.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    // A whole school's tablets often share one public address: the limit per address is set for a class,
    // the limit per account is what stops guessing.
    static final int FREE_FAILURES_PER_ADDRESS = 100;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return whether a try for this login name from this address must be refused now */
    public boolean isLocked(String loginName, String address) {
        Instant now = clock.instant();
        return lockedAt(accountKey(loginName), now) || lockedAt(addressKey(address), now);
    }

    /** Records a failed try. */
    public void failed(String loginName, String address) {
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        record(accountKey(loginName), FREE_FAILURES_PER_ACCOUNT);
        record(addressKey(address), FREE_FAILURES_PER_ADDRESS);
    }

    /**
     * Records a failed try for something that is not tied to an address, such as a shared tablet or a
     * signed-in person typing their password again: counted like one login name.
     */
    public void failedFor(String key) {
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        record(accountKey(key), FREE_FAILURES_PER_ACCOUNT);
    }

    /** @return whether tries for this key, counted by {@link #failedFor}, must be refused now */
    public boolean isLockedFor(String key) {
        return lockedAt(accountKey(key), clock.instant());
    }

    /** Records a successful sign-in: the login name's count starts again. */
    public void succeeded(String loginName) {
        failures.remove(accountKey(loginName));
    }

    private boolean lockedAt(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry != null && entry.lockedUntil() != null && now.isBefore(entry.lockedUntil());
    }

    private void record(String key, int freeFailures) {
        Instant now = clock.instant();
        failures.compute(key, (ignored, previous) -> {
            int count = previous == null || previous.last().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
            Instant lockedUntil = null;
            if (count >= freeFailures) {
                long doublings = Math.min(count - freeFailures, 10);
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, now, lockedUntil);
        });
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(FORGET_AFTER);
        failures.values().removeIf(entry -> entry.last().isBefore(limit));
    }

    private static String accountKey(String loginName) {
        return "account:" + (loginName == null ? "" : loginName.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
