package nl.jeugdregie.access.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's changes to organisations, users and keys; each one goes into the access log. */
@Service
class Beheer {

    static final int MINIMALE_WACHTWOORDLENGTE = 12;

    private final GebruikersOpslag opslag;
    private final ApiSleutels sleutels;
    private final PasswordEncoder wachtwoorden;
    private final Toegangslog log;

    Beheer(GebruikersOpslag opslag, ApiSleutels sleutels, PasswordEncoder wachtwoorden, Toegangslog log) {
        this.opslag = opslag;
        this.sleutels = sleutels;
        this.wachtwoorden = wachtwoorden;
        this.log = log;
    }

    @Transactional
    void bewaarOrganisatie(Organisatie organisatie) {
        boolean nieuw = opslag.organisatie(organisatie.id()).isEmpty();
        opslag.bewaarOrganisatie(organisatie);
        log.leg(new Toegang(nieuw ? Toegang.Actie.AANMAKEN : Toegang.Actie.WIJZIGEN, true, "beheer", List.of(),
                "organisatie", organisatie.id()));
    }

    @Transactional
    void bewaarGebruiker(String gebruikersnaam, String naam, String organisatieId, Set<Rol> rollen, String wachtwoord) {
        boolean nieuw = opslag.account(gebruikersnaam).isEmpty();
        opslag.bewaarGebruiker(gebruikersnaam, naam, organisatieId, rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : rollen,
                wachtwoorden.encode(wachtwoord));
        log.leg(new Toegang(nieuw ? Toegang.Actie.AANMAKEN : Toegang.Actie.WIJZIGEN, true, "beheer", List.of(),
                "gebruiker", gebruikersnaam));
    }

    @Transactional
    void zetActief(String gebruikersnaam, boolean actief) {
        opslag.zetActief(gebruikersnaam, actief);
        log.leg(new Toegang(Toegang.Actie.WIJZIGEN, true, "beheer", List.of(), "gebruiker",
                gebruikersnaam + (actief ? " geactiveerd" : " gedeactiveerd")));
    }

    @Transactional
    String maakSleutel(String organisatieId, String omschrijving) {
        String sleutel = sleutels.maak(organisatieId, omschrijving);
        log.leg(new Toegang(Toegang.Actie.AANMAKEN, true, "beheer", List.of(), "api-sleutel",
                organisatieId + " " + sleutel.split("_")[1]));
        return sleutel;
    }

    @Transactional
    void trekSleutelIn(long id) {
        sleutels.trekIn(id);
        log.leg(new Toegang(Toegang.Actie.WIJZIGEN, true, "beheer", List.of(), "api-sleutel", id + " ingetrokken"));
    }
}
