package nl.jeugdregie.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local sign-in: users from the database, and after five wrong passwords in a row the account is
 * locked for fifteen minutes, whatever password comes next.
 */
@Service
class Aanmelding implements UserDetailsService {

    static final int MAXIMUM_POGINGEN = 5;
    static final Duration BLOKKADE = Duration.ofMinutes(15);

    private final GebruikersOpslag opslag;
    private final Clock klok;

    Aanmelding(GebruikersOpslag opslag) {
        this.opslag = opslag;
        this.klok = Clock.systemDefaultZone();
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        GebruikersOpslag.Account account = opslag.account(gebruikersnaam)
                .orElseThrow(() -> new UsernameNotFoundException("onbekende gebruiker"));
        boolean geblokkeerd = account.geblokkeerdTot() != null && account.geblokkeerdTot().isAfter(LocalDateTime.now(klok));
        return new Aangemeld(account.gebruiker(), account.wachtwoordHash(), account.actief(), !geblokkeerd);
    }

    @EventListener
    @Transactional
    void opMislukt(AuthenticationFailureBadCredentialsEvent event) {
        opslag.mislukt(event.getAuthentication().getName(), MAXIMUM_POGINGEN, LocalDateTime.now(klok).plus(BLOKKADE));
    }

    @EventListener
    @Transactional
    void opGelukt(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Aangemeld) {
            opslag.gelukt(event.getAuthentication().getName());
        }
    }
}
