package be.classenumerique.app.security;

import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a person whose account was disabled or erased, or whose password or second factor
 * changed since the session signed in, on every node: each session checks its account in the database at
 * most once per interval ({@code cn.session-check-seconds}, 10 s by default), so it is signed out
 * everywhere within that time without a shared session registry.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    private static final String CHECKED_AT = ActiveAccountFilter.class.getName() + ".checkedAt";

    private final AccountRepository accounts;
    private final Clock clock;
    private final Duration checkEvery;

    ActiveAccountFilter(AccountRepository accounts, Clock clock, Duration checkEvery) {
        this.accounts = accounts;
        this.clock = clock;
        this.checkEvery = checkEvery;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PlatformUser user) {
            Instant now = clock.instant();
            Object checkedAt = session.getAttribute(CHECKED_AT);
            if (!(checkedAt instanceof Instant last) || last.plus(checkEvery).isBefore(now)) {
                String id = user.caller().accountId();
                boolean active = accounts.findById(id).map(Account::active).orElse(false);
                if (!active || accounts.credentialVersion(id) != user.credentialVersion()) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                    response.sendRedirect(request.getContextPath() + "/login?adulte");
                    return;
                }
                session.setAttribute(CHECKED_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}
