package nl.jeugdregie.access;

import java.util.Optional;

/** Who is signed in on this request, for scope checks and menus. */
public interface HuidigeGebruiker {

    Optional<Gebruiker> huidige();
}
