package nl.jeugdregie.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Dutch by default, English with {@code ?lang=en}; the API's version header; baseline security headers. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final String API_VERSIE = "1.0.0";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("jeugdregie-taal");
        resolver.setDefaultLocale(Locale.forLanguageTag("nl"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Date-times in the API as RFC 3339 with their offset ({@code 2026-12-03T16:05:00+01:00}): the
     * application keeps local times in the zone of its clock (`region.Kalender`: the Netherlands), and without an offset a client abroad or in
     * UTC read them an hour or two off.
     */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer tijdenMetVerschuiving(
            nl.jeugdregie.region.Kalender kalender) {
        java.time.ZoneId zone = kalender.klok().getZone();
        tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule("tijden-met-verschuiving");
        module.addSerializer(java.time.LocalDateTime.class, new tools.jackson.databind.ser.std.StdSerializer<>(java.time.LocalDateTime.class) {
            @Override
            public void serialize(java.time.LocalDateTime waarde, tools.jackson.core.JsonGenerator uit,
                                  tools.jackson.databind.SerializationContext context) {
                uit.writeString(waarde.atZone(zone).toOffsetDateTime()
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
        });
        return builder -> builder.addModule(module);
    }

    /** The languages there are texts for; any other {@code lang} is a bad request, not a server error. */
    static final java.util.Set<String> TALEN = java.util.Set.of("nl", "en");
    /** Longer addresses are refused (414): no list filter needs more, and a long one was echoed into headers. */
    static final int MAX_ADRES = 2048;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor taal = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter("lang");
                if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
                    return true;
                }
                if (lang != null && !TALEN.contains(lang)) {
                    throw new org.springframework.web.server.ResponseStatusException(
                            org.springframework.http.HttpStatus.BAD_REQUEST, "parameter 'lang' moet nl of en zijn");
                }
                return super.preHandle(request, response, handler);
            }
        };
        taal.setParamName("lang");
        registry.addInterceptor(taal);
    }

    /**
     * Before every other filter, Spring Security's included: the API's version header and the
     * security headers are on every answer, refusals too; an address over {@link #MAX_ADRES}
     * characters is refused at once.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<OncePerRequestFilter> koppen() {
        var registratie = new org.springframework.boot.web.servlet.FilterRegistrationBean<OncePerRequestFilter>(koppenFilter());
        registratie.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }

    private static OncePerRequestFilter koppenFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getRequestURI().startsWith("/api/")) {
                    response.setHeader("API-Version", API_VERSIE);
                }
                String query = request.getQueryString();
                if (request.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_ADRES) {
                    if (ApiFouten.isApi(request)) {
                        response.setStatus(414);
                        response.setContentType("application/problem+json");
                        response.setCharacterEncoding("UTF-8");
                        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Adres te lang\",\"status\":414,"
                                + "\"detail\":\"het adres is langer dan " + MAX_ADRES + " tekens\"}");
                    } else {
                        response.sendError(414);
                    }
                    return;
                }
                response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "same-origin");
                chain.doFilter(request, response);
            }
        };
    }
}
