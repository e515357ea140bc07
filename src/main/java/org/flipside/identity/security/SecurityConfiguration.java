package org.flipside.identity.security;

import java.time.Clock;
import org.flipside.audit.AuditLog;
import org.flipside.identity.account.ActivePrincipals;
import org.flipside.identity.signin.SignInThrottleFilter;
import org.flipside.identity.token.ApiTokenService;
import org.flipside.identity.token.BearerTokenFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and takes only Bearer tokens, so it needs no CSRF
 * token; everything else is the browser UI with form sign-in, a database-backed session and CSRF on every form.
 * Who may do what is declared next to each endpoint with {@code @PreAuthorize}; here every endpoint is at least
 * "signed in".
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {"/login", "/login/throttled", "/access-denied", "/error", "/css/**", "/js/**",
            "/images/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the delegating encoder reads older or newer hash formats by their {id} prefix.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ActivePrincipals principals, AuditLog audit)
            throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
        // Metrics scrapers authenticate like any API client: with an administrator's token.
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        // Administrator-only resources are refused before the request body is read, like /admin/**
                        // below: @PreAuthorize alone runs after binding, so a malformed body answered 400, not 403.
                        .requestMatchers("/api/v1/users/**", "/api/v1/audit-entries/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, principals, entryPoint), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookie authenticates here, so a forged cross-site request carries no credentials.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new AuditingAccessDeniedHandler(audit, true)));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SignInThrottleFilter throttle, AuditLog audit,
                                 SecurityProperties properties, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new SignInSuccessHandler(clock))
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies("FLIPSIDE_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.absoluteSessionTimeout(), clock),
                        SecurityContextHolderFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler(new AuditingAccessDeniedHandler(audit, false)));
        headers(http);
        return http.build();
    }

    /** The throttle runs inside the security chain only; Boot must not also register it as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<SignInThrottleFilter> throttleFilterRegistration(SignInThrottleFilter filter) {
        FilterRegistrationBean<SignInThrottleFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .addHeaderWriter(new SecurityHeaders())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(nosniff -> {
                })
                .cacheControl(cache -> {
                }));
    }
}
