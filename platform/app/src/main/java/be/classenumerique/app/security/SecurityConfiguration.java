package be.classenumerique.app.security;

import be.classenumerique.app.plugins.PluginWeb;
import be.classenumerique.app.ui.LoginView;
import be.classenumerique.app.ui.SecondFactorView;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.SecondFactors;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with a password (bcrypt through a delegating encoder, so the hash can be upgraded later),
 * throttled; Vaadin's view access control; plugins' HTTP endpoints open to other systems without CSRF.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AccountRepository accountRepository,
            SecondFactors secondFactors,
            Clock clock,
            @Value("${cn.session-check-seconds:10}") long sessionCheckSeconds)
            throws Exception {
        http.addFilterAfter(
                new ActiveAccountFilter(accountRepository, clock, Duration.ofSeconds(sessionCheckSeconds)),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        // The only way in: without an explicit manager, Spring would also consult a parent manager built
        // from the UserDetailsService bean, which would bypass the throttle.
        http.authenticationManager(
                new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, secondFactors, clock)));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        PluginWeb.HTTP_PATTERN, PluginWeb.STATIC_PATTERN, "/health", "/themes/**")
                .permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PluginWeb.HTTP_PATTERN));
        http.headers(headers -> headers.contentTypeOptions(options -> {})
                .referrerPolicy(policy -> policy.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
        // Signed-in people reach any address, so an unknown one gets the friendly not-found view; views
        // are guarded by their access annotations and services check rights on every object.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).anyRequest(url -> url.authenticated()));
        http.formLogin(form -> form.failureHandler((request, response, exception) -> {
            if (exception instanceof ThrottledAuthenticationProvider.SecondFactorRequiredException required) {
                // A new session id once the password is proven, as a full sign-in would get.
                request.getSession(true);
                request.changeSessionId();
                request.getSession().setAttribute(PendingSecondFactor.ATTRIBUTE, required.pending());
                response.sendRedirect(request.getContextPath() + "/" + SecondFactorView.ROUTE);
                return;
            }
            response.sendRedirect(request.getContextPath()
                    + (exception instanceof ThrottledAuthenticationProvider.ThrottledException
                            ? "/login?error=throttled"
                            : "/login?error"));
        }));
        return http.build();
    }
}
