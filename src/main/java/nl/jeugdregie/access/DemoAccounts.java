package nl.jeugdregie.access;

import java.util.List;

/** One account per role for the demo region, with fresh passwords on every start. */
public interface DemoAccounts {

    record Account(String gebruikersnaam, String wachtwoord, Rol rol, String organisatie) {
    }

    List<Account> maak(String gemeenteCode, String gemeenteNaam, String aanbiederAgb, String aanbiederNaam);
}
