package nl.jeugdregie.messages;

import java.time.LocalDate;

/**
 * An accepted iJw message, pseudonymised: no BSN, names, addresses or contact details.
 *
 * @param id        the message's number in the message store
 * @param gemeente  CBS code of the municipality party (GM0141)
 * @param aanbieder AGB code of the provider party
 */
public record Bericht(long id, BerichtType type, String afzender, String ontvanger, String identificatie,
                      LocalDate dagtekening, String gemeente, String aanbieder, Inhoud inhoud) {
}
