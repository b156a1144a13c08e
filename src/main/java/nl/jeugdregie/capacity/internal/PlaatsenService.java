package nl.jeugdregie.capacity.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Voorziening;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The places of the region's locations, read from and written to the database on every call: no copy can go stale. */
@Service
class PlaatsenService implements Plaatsen {

    private final PlaatsenOpslag opslag;
    private final RegioCatalogus regio;

    PlaatsenService(PlaatsenOpslag opslag, RegioCatalogus regio) {
        this.opslag = opslag;
        this.regio = regio;
    }

    /** Before the demo loads its history: every location of the region file gets its row. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void bijStart() {
        regio.regio().voorzieningen().forEach(v -> opslag.zorgVoor(v.id(), v.capaciteit()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Beschikbaarheid> alle() {
        Map<String, Voorziening> locaties = locaties();
        LocalDateTime nu = LocalDateTime.now();
        return opslag.actueel().stream().filter(a -> locaties.containsKey(a.locatie()))
                .map(a -> beschikbaarheid(locaties.get(a.locatie()), a, nu)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Beschikbaarheid> van(String locatie) {
        Voorziening v = locaties().get(locatie);
        return v == null ? Optional.empty() : opslag.actueel(locatie).map(a -> beschikbaarheid(v, a, LocalDateTime.now()));
    }

    @Override
    @Transactional
    public Beschikbaarheid meld(String locatie, Melding melding, String door, LocalDateTime op) {
        PlaatsenOpslag.Actueel nu = actueel(locatie);
        Map<String, String> fouten = melding.fouten(nu.capaciteit(), nu.gereserveerd(), op.toLocalDate());
        if (!fouten.isEmpty()) {
            throw new Geweigerd(fouten);
        }
        schrijf(nu, melding, "aanbieder", false, true, door, op);
        return van(locatie).orElseThrow();
    }

    @Override
    @Transactional
    public Beschikbaarheid bevestig(String locatie, String door, LocalDateTime op) {
        PlaatsenOpslag.Actueel nu = actueel(locatie);
        List<Melding.Uitstroom> komend = nu.uitstroom().stream().filter(u -> !u.per().isBefore(op.toLocalDate())).toList();
        schrijf(nu, new Melding(nu.bezet(), nu.geblokkeerd(), nu.blokkadeReden(), komend), "aanbieder", true, true, door, op);
        return van(locatie).orElseThrow();
    }

    @Override
    @Transactional
    public boolean houdVast(String locatie, int aantal) {
        return aantal > 0 && opslag.houdVast(locatie, aantal);
    }

    @Override
    @Transactional
    public void laatLos(String locatie, int aantal) {
        opslag.laatLos(locatie, aantal);
    }

    /** The history row says a placement filled the places; the provider's confirmation date stays as it was. */
    @Override
    @Transactional
    public void neemIn(String locatie, int aantal, String door) {
        if (!opslag.neemIn(locatie, aantal)) {
            throw new IllegalStateException("geen " + aantal + " vastgehouden plaatsen op " + locatie);
        }
        PlaatsenOpslag.Actueel nu = actueel(locatie);
        List<Melding.Uitstroom> uitstroom = nu.uitstroom();
        schrijf(nu, new Melding(nu.bezet(), nu.geblokkeerd(), nu.blokkadeReden(), uitstroom), "plaatsing", false, false, door,
                LocalDateTime.now());
    }

    private void schrijf(PlaatsenOpslag.Actueel nu, Melding m, String bron, boolean ongewijzigd, boolean bevestigt, String door,
                         LocalDateTime op) {
        if (!opslag.schrijf(nu.locatie(), nu.capaciteit(), m, bron, ongewijzigd, bevestigt, door, op)) {
            throw new Geweigerd(Map.of("bezet", "plaatsen.fout.reserveringen"));
        }
    }

    private PlaatsenOpslag.Actueel actueel(String locatie) {
        if (!locaties().containsKey(locatie)) {
            throw new Geweigerd(Map.of("locatie", "plaatsen.fout.locatie"));
        }
        return opslag.actueel(locatie).orElseThrow(() -> new Geweigerd(Map.of("locatie", "plaatsen.fout.locatie")));
    }

    private Map<String, Voorziening> locaties() {
        return regio.regio().voorzieningen().stream().collect(Collectors.toMap(Voorziening::id, Function.identity()));
    }

    private static Beschikbaarheid beschikbaarheid(Voorziening v, PlaatsenOpslag.Actueel a, LocalDateTime nu) {
        boolean verouderd = a.bevestigdOp() == null || a.bevestigdOp().isBefore(nu.minusDays(VEROUDERD_NA_DAGEN));
        return new Beschikbaarheid(v, a.capaciteit(), a.bezet(), a.geblokkeerd(), a.blokkadeReden(), a.gereserveerd(),
                a.uitstroom(), a.bevestigdDoor(), a.bevestigdOp(), verouderd);
    }

    List<PlaatsenOpslag.Stand> geschiedenis(String locatie, int max) {
        return opslag.geschiedenis(locatie, max);
    }
}
