package org.gflow.engine.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down: failed logins are counted per account and per client address,
 * and once either has used up its allowance every further attempt — right password or not —
 * is refused until the wait is over. The allowances are layered (a few tries per minutes, more
 * per hour), so the wait grows as the guessing goes on. A successful login clears the
 * account's count, not the address's.
 */
@Component
class LoginThrottle {

    private final Throttle perAccount;
    private final Throttle perAddress;

    @Autowired
    LoginThrottle(SecuritySettings settings) {
        this(new Throttle(settings.loginFailuresPerAccount()), new Throttle(settings.loginFailuresPerAddress()));
    }

    LoginThrottle(Throttle perAccount, Throttle perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** @throws LoginThrottledException if the account or the address must wait */
    void checkAllowed(String account, String address) {
        Optional<Duration> wait = Stream.of(perAccount.waitFor(key(account)), perAddress.waitFor(address))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
    }

    void failed(String account, String address) {
        perAccount.record(key(account));
        perAddress.record(address);
    }

    void succeeded(String account) {
        perAccount.forget(key(account));
    }

    /** The directory matches user ids regardless of case, so the count does too. */
    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }
}
