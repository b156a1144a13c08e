package nl.jeugdregie.waiting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachtnorm;
import nl.jeugdregie.waiting.Wachttijden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every youth's waits in memory: derived from all care facts at start and after large runs
 * or a rebuild, and for the touched youths only when a few messages arrive.
 */
@Service
class WachtService implements Wachttijden {

    private static final Logger LOG = LoggerFactory.getLogger(WachtService.class);

    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private final WachtnormOpslag normen;
    private final Map<String, List<Wacht>> perJeugdige = new ConcurrentHashMap<>();
    private volatile LocalDate peildatum;
    private volatile LocalDateTime berekendOp;
    private final int zonderStartDagen;

    WachtService(ZorgGebruik zorg, RegioCatalogus regio, WachtnormOpslag normen,
                 @Value("${jeugdregie.wachttijden.signaal-zonder-start-dagen:30}") int zonderStartDagen) {
        this.zorg = zorg;
        this.regio = regio;
        this.normen = normen;
        this.zonderStartDagen = zonderStartDagen;
    }

    int zonderStartDagen() {
        return zonderStartDagen;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional(readOnly = true)
    public synchronized void bijStart() {
        herbereken();
    }

    /** Before the indicators, which count the waits too. */
    @EventListener
    @Order(1)
    @Transactional(readOnly = true)
    public synchronized void opTrajectenBijgewerkt(TrajectenBijgewerkt event) {
        event.wijziging().ifPresentOrElse(w -> werkBij(w.jeugdigen()), this::herbereken);
    }

    private void herbereken() {
        long begin = System.nanoTime();
        WachtBerekening berekening = berekening();
        perJeugdige.clear();
        zorg.elkeAanvraag(a -> perJeugdige.put(a.jeugdige(), berekening.wachten(a)));
        peildatum = zorg.laatsteDagtekening().orElse(null);
        berekendOp = LocalDateTime.now();
        LOG.debug("Wachttijden van {} jeugdigen berekend in {} ms", perJeugdige.size(), (System.nanoTime() - begin) / 1_000_000);
    }

    private void werkBij(Collection<String> jeugdigen) {
        WachtBerekening berekening = berekening();
        zorg.aanvragenVan(jeugdigen, a -> {
            List<Wacht> wachten = berekening.wachten(a);
            if (wachten.isEmpty()) {
                perJeugdige.remove(a.jeugdige());
            } else {
                perJeugdige.put(a.jeugdige(), wachten);
                wachten.stream().map(Wacht::toewijzing)
                        .filter(d -> d != null && (peildatum == null || d.isAfter(peildatum)))
                        .max(LocalDate::compareTo).ifPresent(d -> peildatum = d);
            }
        });
        berekendOp = LocalDateTime.now();
    }

    private WachtBerekening berekening() {
        return new WachtBerekening((categorie, code) -> regio.deel(categorie, code).segment(), zorg.antwoorden());
    }

    /** The figures over the waits that pass the filter; empty before any care fact arrived. */
    Optional<WachtOverzicht> overzicht(Predicate<Wacht> filter) {
        LocalDate peil = peildatum;
        if (peil == null) {
            return Optional.empty();
        }
        List<Wacht> wachten = new ArrayList<>();
        perJeugdige.values().forEach(l -> l.stream().filter(filter).forEach(wachten::add));
        return Optional.of(new WachtOverzicht(wachten, normenPerSegment(), peil, zonderStartDagen));
    }

    Map<String, Wachtnorm> normenPerSegment() {
        return normen().stream().collect(Collectors.toMap(Wachtnorm::segment, n -> n));
    }

    Optional<LocalDateTime> berekendOp() {
        return Optional.ofNullable(berekendOp);
    }

    @Override
    public Optional<WachtSignalen> signalen(String gemeente) {
        return overzicht(w -> gemeente == null || gemeente.equals(w.gemeente())).map(o -> {
            WachtOverzicht.Signalen s = o.signalen();
            return new WachtSignalen(zonderStartDagen, s.zonderStart(), s.onbeantwoord(), s.bovenNorm());
        });
    }

    @Override
    public Map<String, List<Wacht>> elkeWacht() {
        return Map.copyOf(perJeugdige);
    }

    @Override
    public Map<String, List<Wacht>> wachtenVan(Collection<String> jeugdigen) {
        Map<String, List<Wacht>> uit = new java.util.HashMap<>();
        jeugdigen.forEach(j -> uit.put(j, perJeugdige.getOrDefault(j, List.of())));
        return uit;
    }

    @Override
    public Optional<LocalDate> peildatum() {
        return Optional.ofNullable(peildatum);
    }

    @Override
    public List<Wachtnorm> normen() {
        return normen.geldend();
    }

    List<Wachtnorm> geschiedenis(String segment) {
        return normen.geschiedenis(segment);
    }

    Wachtnorm stelVast(String segment, int beslisWerkdagen, int startDagen, String bron, String door) {
        return normen.voegToe(segment, beslisWerkdagen, startDagen, bron, door);
    }
}
