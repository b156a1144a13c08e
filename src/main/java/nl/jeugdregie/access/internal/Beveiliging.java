package nl.jeugdregie.access.internal;

import nl.jeugdregie.access.Rol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
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
    /** Aggregated figures are for every role; an API key (a system delivering messages) has none. */
    private static final String[] ALLE_ROLLEN = java.util.Arrays.stream(Rol.values()).map(Rol::name).toArray(String[]::new);

    private static final String[] PERSOONSGEBONDEN = {Rol.REGISSEUR.name(), Rol.RET.name(), Rol.GEMEENTE.name(),
            Rol.AANBIEDER.name()};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiSleutels sleutels, Weigering weigering, OidcKoppeling koppeling,
                            ObjectProvider<JwtDecoder> tokens,
                            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                            ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings)
            throws Exception {
        if (tokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.jwtAuthenticationConverter(jwt -> {
                        try {
                            return new TokenAangemeld(jwt, koppeling.gebruiker(jwt.getClaims()));
                        } catch (IllegalArgumentException e) {
                            throw new InvalidBearerTokenException(e.getMessage());
                        }
                    }))
                    .authenticationEntryPoint(weigering));
        }
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiSleutelFilter(sleutels, weigering), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/berichten").hasAuthority(ApiSleutelFilter.BERICHTEN_AANLEVEREN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/berichten", "/api/v1/berichten/*")
                        .hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/jeugdigen/*/trajecten", "/api/v1/wachtenden")
                        .hasAnyRole(PERSOONSGEBONDEN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/indicatoren", "/api/v1/indicatoren/*/waarden", "/api/v1/signalen",
                                "/api/v1/streefwaarden", "/api/v1/duidingen", "/api/v1/wachttijden", "/api/v1/wachttijden/normen",
                                "/api/v1/locaties", "/api/v1/locaties/*", "/api/v1/locaties/*/plaatsen")
                        .hasAnyRole(ALLE_ROLLEN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/plaatsingsverzoeken", "/api/v1/plaatsingsverzoeken/*",
                                "/api/v1/plaatsingsverzoeken/*/kandidaten").hasAnyRole(PERSOONSGEBONDEN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/plaatsingsverzoeken")
                        .hasAnyRole(Rol.GEMEENTE.name(), Rol.AANBIEDER.name(), Rol.REGISSEUR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reserveringen").hasRole(Rol.REGISSEUR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/reserveringen")
                        .hasAnyAuthority(ApiSleutelFilter.PLAATSEN_MELDEN, Rol.AANBIEDER.autoriteit(), Rol.REGISSEUR.autoriteit())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reserveringen/*/antwoord")
                        .hasAnyAuthority(ApiSleutelFilter.PLAATSEN_MELDEN, Rol.AANBIEDER.autoriteit())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/locaties/*/plaatsen")
                        .hasAnyAuthority(ApiSleutelFilter.PLAATSEN_MELDEN, Rol.AANBIEDER.autoriteit(), Rol.BEHEERDER.autoriteit())
                        .requestMatchers(HttpMethod.POST, "/api/v1/streefwaarden").hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/duidingen").hasAnyRole(ALLE_ROLLEN)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/duidingen/*").hasAnyRole(ALLE_ROLLEN)
                        .requestMatchers(new ZonderHandler(mappings)).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(weigering).accessDeniedHandler(weigering))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Weigering weigering, OidcKoppeling koppeling,
                            ObjectProvider<ClientRegistrationRepository> oidc,
                            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                            ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings)
            throws Exception {
        ClientRegistrationRepository registraties = oidc.getIfAvailable();
        if (registraties != null) {
            DefaultOAuth2AuthorizationRequestResolver metPkce =
                    new DefaultOAuth2AuthorizationRequestResolver(registraties, "/oauth2/authorization");
            metPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            OidcUserService gebruikers = new OidcUserService();
            http.oauth2Login(o -> o.loginPage("/inloggen").defaultSuccessUrl("/", true).failureUrl("/inloggen?fout")
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(metPkce))
                    .userInfoEndpoint(u -> u.oidcUserService(verzoek -> {
                        OidcUser oidcGebruiker = gebruikers.loadUser(verzoek);
                        try {
                            return new OidcAangemeld(oidcGebruiker, koppeling.gebruiker(oidcGebruiker.getClaims()));
                        } catch (IllegalArgumentException e) {
                            throw new OAuth2AuthenticationException(new OAuth2Error("geen_toegang", e.getMessage(), null));
                        }
                    })));
        }
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/inloggen", "/css/**", "/js/**", "/nlds/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/oauth2/authorization/*", "/login/oauth2/code/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/indicatoren", "/indicatoren/*", "/indicatoren.csv", "/indicatoren.xlsx",
                                "/indicatoren/*/vergelijking.csv", "/indicatoren/*/vergelijking.xlsx", "/signalen",
                                "/definities", "/wachttijden", "/wachttijden/definities", "/wachttijden/*.csv", "/wachttijden/*.xlsx",
                                "/plaatsen", "/plaatsen.csv", "/plaatsen.xlsx", "/plaatsen/locaties/*", "/plaatsen/prognose")
                        .hasAnyRole(ALLE_ROLLEN)
                        .requestMatchers(HttpMethod.POST, "/plaatsen/locaties/*").hasAnyRole(Rol.AANBIEDER.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/plaatsingen/reacties", "/plaatsingen/reacties.csv", "/plaatsingen/reacties.xlsx")
                        .hasAnyRole(ALLE_ROLLEN)
                        .requestMatchers(HttpMethod.GET, "/plaatsingen", "/plaatsingen.csv", "/plaatsingen.xlsx", "/plaatsingen/nieuw",
                                "/plaatsingen/*").hasAnyRole(PERSOONSGEBONDEN)
                        .requestMatchers(HttpMethod.POST, "/plaatsingen", "/plaatsingen/*/poorten", "/plaatsingen/*/intrekking")
                        .hasAnyRole(Rol.GEMEENTE.name(), Rol.AANBIEDER.name(), Rol.REGISSEUR.name())
                        .requestMatchers(HttpMethod.POST, "/plaatsingen/*/overschrijving", "/plaatsingen/*/reserveringen",
                                "/plaatsingen/*/plaatsing", "/plaatsingen/*/escalatie").hasRole(Rol.REGISSEUR.name())
                        .requestMatchers(HttpMethod.POST, "/plaatsingen/reserveringen/*/acceptatie", "/plaatsingen/reserveringen/*/afwijzing")
                        .hasRole(Rol.AANBIEDER.name())
                        .requestMatchers(HttpMethod.POST, "/wachttijden/normen").hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.POST, "/wachttijden/verwachting").hasRole(Rol.AANBIEDER.name())
                        .requestMatchers(HttpMethod.GET, "/berichten").hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/toegangslog", "/toegangslog.csv").hasRole(Rol.PRIVACY.name())
                        .requestMatchers(HttpMethod.GET, "/jeugdigen/*", "/wachtenden").hasAnyRole(PERSOONSGEBONDEN)
                        .requestMatchers(HttpMethod.POST, "/indicatoren/*/duidingen", "/indicatoren/duidingen/*")
                        .hasAnyRole(ALLE_ROLLEN)
                        .requestMatchers(HttpMethod.POST, "/indicatoren/*/streefwaarde")
                        .hasAnyRole(Rol.ANALIST.name(), Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/beheer").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.POST, "/beheer/**").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers(new ZonderHandler(mappings)).permitAll()
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/inloggen").defaultSuccessUrl("/", true).failureUrl("/inloggen?fout").permitAll())
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(weigering))
                .build();
    }
}
