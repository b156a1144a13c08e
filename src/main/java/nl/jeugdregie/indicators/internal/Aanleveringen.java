package nl.jeugdregie.indicators.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.messages.BerichtenOverzicht;
import nl.jeugdregie.region.Regio;
import org.springframework.stereotype.Component;

/** How far each municipality's data reach, for the "data up to" table on the monitor's pages. */
@Component
class Aanleveringen {

    /** Both dates null when nothing of the municipality has arrived. */
    record Rij(String naam, LocalDate dagtekening, LocalDateTime ontvangen) {
    }

    private final BerichtenOverzicht berichten;

    Aanleveringen(BerichtenOverzicht berichten) {
        this.berichten = berichten;
    }

    /** Which months are complete per municipality, as the message store stands now. */
    Volledigheid volledigheid() {
        return Volledigheid.uit(berichten.aanleveringen());
    }

    List<Rij> voor(Regio regio) {
        Map<String, BerichtenOverzicht.Aanlevering> perGemeente = new HashMap<>();
        berichten.aanleveringen().forEach(a -> perGemeente.put(a.gemeente(), a));
        return regio.gemeenten().stream().map(g -> {
            BerichtenOverzicht.Aanlevering a = perGemeente.get(g.code());
            return new Rij(g.naam(), a == null ? null : a.laatsteDagtekening(), a == null ? null : a.laatstOntvangen());
        }).toList();
    }
}
