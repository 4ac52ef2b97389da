package fi.keinokartta.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Slows down password guessing. After a few failed sign-ins for one account, or more from one client
 * address, every further try waits out a back-off that doubles with each failure (up to a ceiling); while
 * it runs, even the right password is refused without being checked. A successful sign-in clears the
 * account. Kept in each instance's memory: behind a load balancer each instance throttles on its own.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final Duration CEILING = Duration.ofMinutes(15);
    /** Failures are forgotten after this long without a new one. */
    static final Duration MEMORY = Duration.ofHours(1);
    /** Bounds the memory an attacker can make us use with ever new names or addresses. */
    static final int MAX_ENTRIES = 10_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    /** How long the caller must still wait, or zero when a try is allowed now. */
    public Duration waitFor(String account, String address) {
        Instant now = Instant.now(clock);
        Duration wait = remaining(accountKey(account), now);
        Duration byAddress = remaining(addressKey(address), now);
        return wait.compareTo(byAddress) >= 0 ? wait : byAddress;
    }

    public void failed(String account, String address) {
        Instant now = Instant.now(clock);
        if (failures.size() >= MAX_ENTRIES) {
            failures.entrySet().removeIf(e -> e.getValue().last().plus(MEMORY).isBefore(now));
            if (failures.size() >= MAX_ENTRIES) {
                failures.clear(); // under a flood, forgetting beats running out of memory
            }
        }
        Failures byAccount = record(accountKey(account), FREE_ACCOUNT_FAILURES, now);
        Failures byAddress = record(addressKey(address), FREE_ADDRESS_FAILURES, now);
        if (byAccount.blockedUntil().isAfter(now) || byAddress.blockedUntil().isAfter(now)) {
            LOG.warnf("Sign-in failed for account '%s' from %s (%d failures for the account, %d from the address); "
                    + "further tries wait until %s", printable(account), address, byAccount.count(), byAddress.count(),
                    (byAccount.blockedUntil().isAfter(byAddress.blockedUntil()) ? byAccount : byAddress).blockedUntil());
        }
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    /** How many failures are remembered for an account (tests and diagnostics). */
    int failureCount(String account) {
        Failures f = failures.get(accountKey(account));
        return f == null ? 0 : f.count();
    }

    /** Forgets everything (tests). */
    void forgetAll() {
        failures.clear();
    }

    private Failures record(String key, int free, Instant now) {
        return failures.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(MEMORY).isBefore(now) ? 1 : old.count() + 1;
            Instant blockedUntil = count <= free ? now : now.plus(backOff(count - free));
            return new Failures(count, now, blockedUntil);
        });
    }

    /** 1 s after the first failure past the free ones, then doubling: 2, 4, 8 … up to the ceiling. */
    static Duration backOff(int failuresPastFree) {
        if (failuresPastFree >= 20) {
            return CEILING;
        }
        Duration wait = Duration.ofSeconds(1L << (failuresPastFree - 1));
        return wait.compareTo(CEILING) > 0 ? CEILING : wait;
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !f.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil());
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
