package nl.jeugdregie.region.internal;

import java.nio.file.Path;
import nl.jeugdregie.region.RegioBestand;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The region of this installation: Twente, or the file given with {@code --region FILE} ({@code jeugdregie.regio}). */
@Configuration
class RegioLader {

    @Bean
    RegioCatalogus regioCatalogus(@Value("${jeugdregie.regio:}") String regioBestand) {
        return new RegioCatalogus(regioBestand.isBlank() ? RegioBestand.twente() : RegioBestand.lees(Path.of(regioBestand)));
    }
}
