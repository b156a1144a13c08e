package nl.jeugdregie.care.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Reikwijdte;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.ZorgGebruik;
import org.springframework.stereotype.Service;

/**
 * One youth's care history for those whose task needs it. Every request is checked against the
 * user's scope and recorded in the access log, allowed or not.
 */
@Service
class JeugdigeZorg {

    /** The outcome: the trajectories, or refused. */
    record Inzage(boolean toegestaan, String doel, List<Traject> trajecten) {
    }

    private final ZorgGebruik zorg;
    private final HuidigeGebruiker huidige;
    private final Toegangslog log;

    JeugdigeZorg(ZorgGebruik zorg, HuidigeGebruiker huidige, Toegangslog log) {
        this.zorg = zorg;
        this.huidige = huidige;
        this.log = log;
    }

    Inzage bekijk(String jeugdige) {
        List<Traject> trajecten = zorg.trajectenVan(jeugdige);
        Set<String> gemeenten = trajecten.stream().map(Traject::gemeente).collect(Collectors.toSet());
        Set<String> aanbieders = trajecten.stream().map(Traject::aanbieder).collect(Collectors.toSet());
        Optional<String> doel = huidige.huidige().flatMap((Gebruiker g) -> Reikwijdte.doel(g, gemeenten, aanbieders));
        boolean toegestaan = doel.isPresent() && !trajecten.isEmpty();
        log.leg(new Toegang(Toegang.Actie.LEZEN, toegestaan, doel.orElse(null), List.of(jeugdige), "trajecten", jeugdige));
        return new Inzage(toegestaan, doel.orElse(null), toegestaan ? trajecten : List.of());
    }
}
