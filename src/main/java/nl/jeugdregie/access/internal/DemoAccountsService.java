package nl.jeugdregie.access.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The demo's accounts: one per role, passwords made fresh at every start and never stored in the clear. */
@Service
class DemoAccountsService implements DemoAccounts {

    private static final String TEKENS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GebruikersOpslag opslag;
    private final PasswordEncoder wachtwoorden;

    DemoAccountsService(GebruikersOpslag opslag, PasswordEncoder wachtwoorden) {
        this.opslag = opslag;
        this.wachtwoorden = wachtwoorden;
    }

    @Override
    @Transactional
    public List<Account> maak(String gemeenteCode, String gemeenteNaam, String aanbiederAgb, String aanbiederNaam) {
        Organisatie regio = new Organisatie("regio", "Regionaal bureau", Organisatie.Soort.REGIO, null);
        Organisatie gemeente = new Organisatie(gemeenteCode, "Gemeente " + gemeenteNaam, Organisatie.Soort.GEMEENTE, gemeenteCode);
        Organisatie aanbieder = new Organisatie(aanbiederAgb, aanbiederNaam, Organisatie.Soort.AANBIEDER, aanbiederAgb);
        List.of(regio, gemeente, aanbieder).forEach(opslag::bewaarOrganisatie);
        List<Account> accounts = new ArrayList<>();
        accounts.add(account("analist", "Analist regio", regio, Rol.ANALIST));
        accounts.add(account("gemeente", "Toegang " + gemeenteNaam, gemeente, Rol.GEMEENTE));
        accounts.add(account("aanbieder", "Planner " + aanbiederNaam, aanbieder, Rol.AANBIEDER));
        accounts.add(account("regisseur", "Regisseur CPWV", regio, Rol.REGISSEUR));
        accounts.add(account("ret", "Coördinator RET", regio, Rol.RET));
        accounts.add(account("privacy", "Privacyfunctionaris", regio, Rol.PRIVACY));
        accounts.add(account("beheerder", "Beheerder", regio, Rol.BEHEERDER));
        return accounts;
    }

    private Account account(String gebruikersnaam, String naam, Organisatie organisatie, Rol rol) {
        String wachtwoord = wachtwoord();
        opslag.bewaarGebruiker(gebruikersnaam, naam, organisatie.id(), Set.copyOf(EnumSet.of(rol)), wachtwoorden.encode(wachtwoord));
        return new Account(gebruikersnaam, wachtwoord, rol, organisatie.naam());
    }

    private static String wachtwoord() {
        StringBuilder s = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            s.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
        }
        return s.toString();
    }
}
