package nl.jeugdregie.access.internal;

import nl.jeugdregie.access.Gebruiker;

/** Every kind of sign-in (local, OIDC, bearer token) carries the user as the modules know them. */
interface MetGebruiker {

    Gebruiker gebruiker();
}
