package nl.jeugdregie.access;

import java.util.Set;

/** The signed-in user, as other modules need to know them for scope checks. */
public record Gebruiker(long id, String gebruikersnaam, String naam, Organisatie organisatie, Set<Rol> rollen) {

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }
}
