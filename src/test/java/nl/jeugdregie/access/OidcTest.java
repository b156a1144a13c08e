package nl.jeugdregie.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The region's own identity provider: sign-in by authorization code with PKCE, and bearer
 * tokens for the API whose claims name the organisation and roles. The provider's endpoints are
 * configured but never contacted; tokens are signed here with a key made for this test.
 */
@JeugdregieTest(properties = {
        "jeugdregie.test=oidc",
        "spring.security.oauth2.client.registration.regio.client-id=jeugdregie",
        "spring.security.oauth2.client.registration.regio.client-secret=test-geheim",
        "spring.security.oauth2.client.registration.regio.client-name=Regio-IdP",
        "spring.security.oauth2.client.registration.regio.scope=openid,profile",
        "spring.security.oauth2.client.registration.regio.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.regio.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.regio.authorization-uri=https://idp.example.invalid/auth",
        "spring.security.oauth2.client.provider.regio.token-uri=https://idp.example.invalid/token",
        "spring.security.oauth2.client.provider.regio.jwk-set-uri=https://idp.example.invalid/certs",
        "spring.security.oauth2.client.provider.regio.user-info-uri=https://idp.example.invalid/userinfo",
        "spring.security.oauth2.client.provider.regio.user-name-attribute=sub"})
@AutoConfigureMockMvc
class OidcTest {

    private static final KeyPair SLEUTELS = sleutels();

    @DynamicPropertySource
    static void publiekeSleutel(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("idp", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(SLEUTELS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;

    @BeforeEach
    void organisaties() {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
    }

    @Test
    void theSignInPageOffersTheProviderAndTheRedirectUsesPkce() throws Exception {
        mvc.perform(get("/inloggen")).andExpect(content().string(containsString("Inloggen via Regio-IdP")));
        String naar = mvc.perform(get("/oauth2/authorization/regio"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(naar).startsWith("https://idp.example.invalid/auth")
                .contains("response_type=code", "client_id=jeugdregie", "code_challenge=", "code_challenge_method=S256");
    }

    @Test
    void aBearerTokenWithOrganisationAndRolesIsAUser() throws Exception {
        mvc.perform(get("/api/v1/berichten").header("Authorization", "Bearer " + token("regio", List.of("ANALIST"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/berichten").header("Authorization", "Bearer " + token("GM0141", List.of("GEMEENTE"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenOfAnUnknownOrganisationOrWithABadSignatureIsRefused() throws Exception {
        mvc.perform(get("/api/v1/berichten").header("Authorization", "Bearer " + token("onbekend", List.of("ANALIST"))))
                .andExpect(status().isUnauthorized());
        String geldig = token("regio", List.of("ANALIST"));
        String vervalst = geldig.substring(0, geldig.lastIndexOf('.') + 1) + "AAAA" + geldig.substring(geldig.lastIndexOf('.') + 5);
        mvc.perform(get("/api/v1/berichten").header("Authorization", "Bearer " + vervalst))
                .andExpect(status().isUnauthorized());
    }

    private static String token(String organisatie, List<String> rollen) {
        RSAKey sleutel = new RSAKey.Builder((RSAPublicKey) SLEUTELS.getPublic())
                .privateKey((RSAPrivateKey) SLEUTELS.getPrivate()).keyID("test").build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(sleutel)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("medewerker-1").claim("preferred_username", "m.medewerker")
                .claim("organisatie", organisatie).claim("rollen", rollen)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(), claims))
                .getTokenValue();
    }

    private static KeyPair sleutels() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
