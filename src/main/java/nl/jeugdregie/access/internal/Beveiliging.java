package nl.jeugdregie.access.internal;

import nl.jeugdregie.access.Rol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may reach what. Every page and endpoint has a rule here; anything without one is refused,
 * so a new endpoint is closed until it is given a rule (and the matrix test asks for one).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Beveiliging {

    /** Roles whose tasks can need one youth's data; the scope per youth is checked where the data is read. */
    private static final String[] PERSOONSGEBONDEN = {Rol.REGISSEUR.name(), Rol.RET.name(), Rol.GEMEENTE.name(),
            Rol.AANBIEDER.name()};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiSleutels sleutels, Weigering weigering) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiSleutelFilter(sleutels, weigering), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/berichten").hasAuthority(ApiSleutelFilter.BERICHTEN_AANLEVEREN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/berichten", "/api/v1/berichten/*")
                        .hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/jeugdigen/*/trajecten").hasAnyRole(PERSOONSGEBONDEN)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(weigering).accessDeniedHandler(weigering))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Weigering weigering) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/inloggen", "/css/**", "/js/**", "/nlds/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers(HttpMethod.GET, "/berichten").hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/toegangslog", "/toegangslog.csv").hasRole(Rol.PRIVACY.name())
                        .requestMatchers(HttpMethod.GET, "/jeugdigen/*").hasAnyRole(PERSOONSGEBONDEN)
                        .requestMatchers(HttpMethod.GET, "/beheer").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.POST, "/beheer/**").hasRole(Rol.BEHEERDER.name())
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/inloggen").defaultSuccessUrl("/", true).failureUrl("/inloggen?fout").permitAll())
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(weigering))
                .build();
    }
}
