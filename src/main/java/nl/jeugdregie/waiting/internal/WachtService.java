package nl.jeugdregie.waiting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdregie.care.Aanvragen;
import nl.jeugdregie.care.Afleidingsfouten;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.database.Onderbreking;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.region.Kalender;
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
    /** Nothing ended these waits: waiting, or presumed orphaned — both on the current lists. */
    private static final java.util.Set<Wacht.Stand> OPEN = java.util.EnumSet.of(Wacht.Stand.WACHTEND, Wacht.Stand.VERWEESD);

    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private final WachtnormOpslag normen;
    private final Map<String, List<Wacht>> perJeugdige = new ConcurrentHashMap<>();
    /**
     * The waits still running on the reference date when they were filed: the current lists are
     * made of these (the page judges them again on today's reference date, which only moves on).
     */
    private final Map<String, List<Wacht>> openPerJeugdige = new ConcurrentHashMap<>();
    private final Gerealiseerd gerealiseerd = new Gerealiseerd();
    /** Moves on whenever a running wait changes; the current lists made from the running waits are kept until it does. */
    private final java.util.concurrent.atomic.AtomicLong openVersie = new java.util.concurrent.atomic.AtomicLong();
    private final Map<WachtKeuze, Bewaard> huidige = new ConcurrentHashMap<>();

    private record Bewaard(long versie, LocalDate peildatum, Map<String, Wachtnorm> normen, Object waarde) {
    }
    /** Whether any care fact has arrived: before that there is nothing to judge on a reference date. */
    private volatile boolean zorgBekend;
    private final Kalender kalender;
    private volatile LocalDateTime berekendOp;
    private final int zonderStartDagen;
    private final Afleidingsfouten fouten;

    WachtService(ZorgGebruik zorg, RegioCatalogus regio, WachtnormOpslag normen, Kalender kalender, Afleidingsfouten fouten,
                 @Value("${jeugdregie.wachttijden.signaal-zonder-start-dagen:30}") int zonderStartDagen) {
        this.fouten = fouten;
        this.kalender = kalender;
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

    synchronized void herbereken() {
        long begin = System.nanoTime();
        WachtBerekening berekening = berekening();
        perJeugdige.clear();
        openPerJeugdige.clear();
        gerealiseerd.leeg();
        zorgBekend = zorg.laatsteDagtekening().isPresent();
        fouten.opnieuw(Afleidingsfouten.WACHTTIJDEN);
        zorg.elkeAanvraag(a -> zet(a.jeugdige(), wachten(berekening, a)));
        berekendOp = LocalDateTime.now();
        LOG.debug("Wachttijden van {} jeugdigen berekend in {} ms", perJeugdige.size(), (System.nanoTime() - begin) / 1_000_000);
    }

    synchronized void werkBij(Collection<String> jeugdigen) {
        WachtBerekening berekening = berekening();
        zorg.aanvragenVan(jeugdigen, a -> {
            List<Wacht> wachten = wachten(berekening, a);
            zet(a.jeugdige(), wachten);
            zorgBekend |= !wachten.isEmpty();
        });
        berekendOp = LocalDateTime.now();
    }

    /**
     * One youth's waits; when the rules cannot handle its facts, none, recorded as a failure of
     * this youth: the others' waits and a start must not depend on it.
     */
    private List<Wacht> wachten(WachtBerekening berekening, Aanvragen a) {
        try {
            Onderbreking.storing(Afleidingsfouten.WACHTTIJDEN, a.jeugdige());
            List<Wacht> wachten = berekening.wachten(a);
            fouten.gelukt(Afleidingsfouten.WACHTTIJDEN, a.jeugdige());
            return wachten;
        } catch (RuntimeException e) {
            fouten.mislukt(Afleidingsfouten.WACHTTIJDEN, a.jeugdige(), e);
            return List.of();
        }
    }

    /** The benchmark's synthetic waits in place of the live ones. */
    synchronized void vervangAlles(Map<String, List<Wacht>> wachten) {
        perJeugdige.clear();
        openPerJeugdige.clear();
        gerealiseerd.leeg();
        wachten.forEach(this::zet);
    }

    /** The benchmark's stand-in for a message that changes a running wait: the current lists are made again on the next look. */
    void openGewijzigd() {
        openVersie.incrementAndGet();
    }

    /** The benchmark's stand-in for a message about a youth: its waits filed again, unchanged. */
    synchronized void zetOpnieuw(String jeugdige) {
        zet(jeugdige, perJeugdige.getOrDefault(jeugdige, List.of()));
    }

    private void zet(String jeugdige, List<Wacht> wachten) {
        List<Wacht> oud = wachten.isEmpty() ? perJeugdige.remove(jeugdige) : perJeugdige.put(jeugdige, wachten);
        gerealiseerd.vervang(jeugdige, oud == null ? List.of() : oud, wachten);
        LocalDate peil = peildatum().orElse(null);
        // Open: nothing ended it. Waiting, or presumed orphaned — a finding on the same lists.
        List<Wacht> open = wachten.stream().filter(w -> peil == null || OPEN.contains(w.stand(peil))).toList();
        List<Wacht> wasOpen = open.isEmpty() ? openPerJeugdige.remove(jeugdige) : openPerJeugdige.put(jeugdige, open);
        if (!open.equals(wasOpen == null ? List.of() : wasOpen)) {
            openVersie.incrementAndGet();
        }
    }

    private WachtBerekening berekening() {
        return new WachtBerekening(regio::deel, zorg.antwoorden());
    }

    /** The current lists over the waits that pass the filter; empty before any care fact arrived. */
    Optional<WachtOverzicht> overzicht(Predicate<Wacht> filter) {
        LocalDate peil = peildatum().orElse(null);
        if (peil == null) {
            return Optional.empty();
        }
        List<Wacht> wachten = new ArrayList<>();
        openPerJeugdige.values().forEach(l -> l.stream().filter(filter).forEach(wachten::add));
        return Optional.of(new WachtOverzicht(wachten, normenPerSegment(), peil, zonderStartDagen));
    }

    /**
     * What {@code maak} makes of the current lists within a choice, kept until a running wait
     * changes, the reference date moves or a norm is set: most messages concern youths who are
     * not waiting, and the pages need not aggregate every running wait again for them.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> huidig(WachtKeuze keuze, java.util.function.Function<WachtOverzicht, T> maak) {
        long versie = openVersie.get();
        LocalDate peil = peildatum().orElse(null);
        Map<String, Wachtnorm> normen = normenPerSegment();
        Bewaard b = huidige.get(keuze);
        if (b != null && b.versie() == versie && java.util.Objects.equals(b.peildatum(), peil) && b.normen().equals(normen)) {
            return Optional.of((T) b.waarde());
        }
        Optional<T> gemaakt = overzicht(keuze.filter()).map(maak);
        gemaakt.ifPresent(w -> {
            if (huidige.size() > 10_000) {
                huidige.clear();
            }
            huidige.put(keuze, new Bewaard(versie, peil, normen, w));
        });
        return gemaakt;
    }

    /** The realised waits of care started in each month from {@code van} to {@code tot} within the choice. */
    List<WachtOverzicht.Maand> gerealiseerd(WachtKeuze keuze, YearMonth van, YearMonth tot) {
        return gerealiseerd.maanden(keuze, keuze.filter(), van, tot, normenPerSegment());
    }

    /** Median days of the waits that began care on or after {@code sinds}, per provider and product ("agb|product"). */
    Map<String, Long> gerealiseerdeMedianen(LocalDate sinds) {
        return gerealiseerd.medianen(w -> w.aanbieder() + "|" + w.productcode(), sinds, kalender.laatsteMaand());
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
            return new WachtSignalen(zonderStartDagen, s.zonderStart(), s.onbeantwoord(), s.bovenNorm(), s.verweesd());
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
        return zorgBekend ? Optional.of(kalender.vandaag()) : Optional.empty();
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
