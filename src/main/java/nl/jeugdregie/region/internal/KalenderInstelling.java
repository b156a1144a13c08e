package nl.jeugdregie.region.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.jeugdregie.region.Kalender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock of the Netherlands, or a fixed day ({@code jeugdregie.vandaag=2025-06-30}) for a
 * replay of a past period and for tests; the first reporting year ({@code jeugdregie.rapportage.eerste-jaar}).
 */
@Configuration
class KalenderInstelling {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Bean
    Kalender kalender(@Value("${jeugdregie.vandaag:}") String vandaag,
                      @Value("${jeugdregie.rapportage.eerste-jaar:2015}") int eersteJaar) {
        Clock klok = vandaag.isBlank() ? Clock.system(NEDERLAND)
                : Clock.fixed(LocalDate.parse(vandaag).atTime(12, 0).atZone(NEDERLAND).toInstant(), NEDERLAND);
        return new Kalender(klok, eersteJaar);
    }
}
