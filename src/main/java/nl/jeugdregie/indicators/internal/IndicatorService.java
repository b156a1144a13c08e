package nl.jeugdregie.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.database.Onderbreking;
import nl.jeugdregie.care.Afleidingsfouten;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.placement.PlaatsingVastgelegd;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Duiding;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Streefwaarde;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachtnorm;
import nl.jeugdregie.waiting.Wachttijden;
import nl.jeugdregie.region.Kalender;
import nl.jeugdregie.region.RegioCatalogus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the indicators current: whenever trajectories change, every value is computed again
 * from them (about a second for the six-year demo region), so figures follow the message traffic
 * instead of a nightly batch.
 */
@Service
class IndicatorService implements Indicatoren {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorService.class);

    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private final IndicatorOpslag opslag;
    private final StreefwaardeOpslag streefwaarden;
    private final DuidingOpslag duidingen;
    private final List<Indicator> catalogus;
    private final Wachttijden wachttijden;
    private final Plaatsingen plaatsingen;
    private final Afleidingsfouten fouten;
    private final Kalender kalender;

    IndicatorService(ZorgGebruik zorg, Wachttijden wachttijden, Plaatsingen plaatsingen, RegioCatalogus regio,
                     IndicatorOpslag opslag, StreefwaardeOpslag streefwaarden, DuidingOpslag duidingen, Afleidingsfouten fouten,
                     Kalender kalender) {
        this.kalender = kalender;
        this.fouten = fouten;
        this.zorg = zorg;
        this.wachttijden = wachttijden;
        this.plaatsingen = plaatsingen;
        this.regio = regio;
        this.opslag = opslag;
        this.streefwaarden = streefwaarden;
        this.duidingen = duidingen;
        this.catalogus = leesCatalogus();
    }

    @Override
    public List<Duiding> duidingen(String indicator, String gemeente, String segment) {
        return duidingen.actueel(indicator, gemeente, segment);
    }

    @Override
    public List<Duiding> eerdereVersies(long duiding) {
        return duidingen.eerdereVersies(duiding);
    }

    @Override
    public Duiding schrijfDuiding(String indicator, String gemeente, String segment, YearMonth maand, String tekst,
                                  Gebruiker auteur) {
        return duidingen.schrijf(indicator, gemeente, segment, maand, tekst, auteur.gebruikersnaam(), auteur.naam(), null);
    }

    @Override
    public Duiding wijzigDuiding(long id, String tekst, Gebruiker auteur) {
        Duiding oud = duidingen.een(id).orElseThrow(() -> new IllegalArgumentException("onbekende duiding"));
        if (!oud.auteur().equals(auteur.gebruikersnaam())) {
            throw new IllegalStateException("alleen de auteur mag een duiding wijzigen");
        }
        return duidingen.schrijf(oud.indicator(), oud.gemeente(), oud.segment(), oud.maand(), tekst,
                auteur.gebruikersnaam(), auteur.naam(), id);
    }

    /**
     * Control-chart rules run on the monthly series of the region and the municipalities, per
     * segment: the slices the steering plan discusses. Provider and care-form series would
     * multiply the signals without adding a conversation.
     *
     * @param gemeenten the municipalities whose series changed (the region's always do), null for all
     */
    private void detecteerSignalen(Set<String> gemeenten) {
        List<Signaal> signalen = new ArrayList<>();
        if (gemeenten != null) {
            opslag.signalen().stream()
                    .filter(s -> !s.gemeente().equals(Waarde.REGIO) && !gemeenten.contains(s.gemeente()))
                    .forEach(signalen::add);
        }
        List<Streefwaarde> geldend = streefwaarden.geldend();
        opslag.laatsteMaand().ifPresent(laatste -> {
            for (Doorsnede d : opslag.doorsneden()) {
                if (d.perAanbieder() || d.segment().startsWith(Doorsnede.HULPVORM)
                        || (gemeenten != null && !d.gemeente().equals(Waarde.REGIO) && !gemeenten.contains(d.gemeente()))) {
                    continue;
                }
                YearMonth volledig = opslag.laatsteVolledigeMaand(d).orElse(laatste);
                for (Indicator i : catalogus) {
                    List<Waarde> reeks = opslag.reeks(i.code(), d, Periode.MAAND, YearMonth.of(2000, 1), volledig);
                    if (!reeks.isEmpty()) {
                        Koers koers = koers(i.code(), d.gemeente(), d.segment(), geldend).orElse(null);
                        signalen.addAll(SignaalDetectie.detecteer(reeks, koers));
                    }
                }
            }
        });
        signalen.sort(Comparator.comparing(Signaal::maand).reversed().thenComparing(Signaal::indicator));
        opslag.vervangSignalen(signalen);
    }

    @Override
    public List<Signaal> signalen(String gemeente) {
        return opslag.signalen().stream().filter(s -> s.gemeente().equals(gemeente)).toList();
    }

    @Override
    public List<Streefwaarde> streefwaarden() {
        return streefwaarden.geldend();
    }

    @Override
    public List<Streefwaarde> geschiedenis(String indicator, String gemeente, String segment) {
        return streefwaarden.geschiedenis(indicator, gemeente, segment);
    }

    @Override
    @Transactional
    public synchronized Streefwaarde stelVast(String indicator, String gemeente, String segment, int basisjaar,
                                              double veranderingPerJaar, String toelichting, String auteur) {
        Streefwaarde nieuw = streefwaarden.voegToe(indicator, gemeente, segment, basisjaar, veranderingPerJaar, toelichting,
                auteur);
        detecteerSignalen(null);
        return nieuw;
    }

    @Override
    public Optional<Koers> koers(String indicator, String gemeente, String segment) {
        return koers(indicator, gemeente, segment, streefwaarden.geldend());
    }

    private Optional<Koers> koers(String indicator, String gemeente, String segment, List<Streefwaarde> geldend) {
        Optional<Streefwaarde> streef = geldend.stream()
                .filter(s -> s.indicator().equals(indicator) && s.segment().equals(segment) && s.gemeente().equals(gemeente))
                .findFirst()
                .or(() -> geldend.stream().filter(s -> s.indicator().equals(indicator) && s.segment().equals(segment)
                        && s.gemeente().equals(Waarde.REGIO)).findFirst());
        Doorsnede d = Doorsnede.gemeente(gemeente, segment);
        Optional<YearMonth> laatste = opslag.laatsteVolledigeMaand(d);
        if (streef.isEmpty() || laatste.isEmpty()) {
            return Optional.empty();
        }
        Streefwaarde s = streef.get();
        List<Waarde> basisjaar = opslag.reeks(indicator, d, Periode.MAAND, YearMonth.of(s.basisjaar(), 1),
                YearMonth.of(s.basisjaar(), 12));
        if (basisjaar.isEmpty()) {
            return Optional.empty();
        }
        double basis = gemiddelde(basisjaar);
        double doel = Koers.pad(basis, s.veranderingPerJaar(), s.basisjaar(), laatste.get());
        List<Waarde> recent = opslag.reeks(indicator, d, Periode.MAAND, laatste.get().minusMonths(2), laatste.get());
        Double actueel = recent.isEmpty() ? null : gemiddelde(recent);
        boolean lager = indicator(indicator).map(i -> i.richting().equals("lager")).orElse(true);
        return Optional.of(new Koers(s, laatste.get(), basis, doel, actueel, Koers.status(doel, actueel, lager)));
    }

    private static double gemiddelde(List<Waarde> waarden) {
        return waarden.stream().filter(w -> w.waarde() != null).mapToDouble(Waarde::waarde).average().orElse(0);
    }

    /** After the waiting monitor, whose waits are counted here too. */
    @EventListener
    @Order(2)
    public synchronized void opTrajectenBijgewerkt(TrajectenBijgewerkt event) {
        if (event.wijziging().isEmpty() || !werkBij(event.wijziging().get())) {
            herbereken();
        }
    }

    /** A placement joins the time-to-placement figures at once, as a message joins the others. */
    @EventListener
    public synchronized void opPlaatsing(PlaatsingVastgelegd event) {
        if (!werkBij(new TrajectenBijgewerkt.Wijziging(java.util.Set.of(event.jeugdige()), List.of(), List.of()))) {
            herbereken();
        }
    }

    /**
     * Takes the changed youths' old trajectories out of the totals and puts their new ones in, adds
     * the invoice lines and delivery facts that arrived, and judges the touched series again.
     *
     * @return false when the change falls outside the computed years and only a full computation can hold it
     */
    @Transactional(readOnly = true)
    public synchronized boolean werkBij(TrajectenBijgewerkt.Wijziging w) {
        IndicatorCijfers cijfers = opslag.cijfers();
        if (cijfers.van() == null) {
            return false;
        }
        Map<String, List<Traject>> trajecten = new HashMap<>();
        zorg.trajectenVan(w.jeugdigen(), t -> trajecten.computeIfAbsent(t.jeugdige(), k -> new ArrayList<>()).add(t));
        Map<String, List<Toegewezen>> toewijzingen = new HashMap<>();
        zorg.toewijzingenVan(w.jeugdigen(), t -> toewijzingen.computeIfAbsent(t.jeugdige(), k -> new ArrayList<>()).add(t));
        Map<String, List<Wacht>> wachten = wachttijden.wachtenVan(w.jeugdigen());
        Map<String, List<Plaatsingen.Doorlooptijd>> geplaatst = new HashMap<>();
        plaatsingen.doorlooptijdenVan(w.jeugdigen()).forEach(p -> geplaatst.computeIfAbsent(p.jeugdige(), k -> new ArrayList<>()).add(p));
        IndicatorBerekening berekening = new IndicatorBerekening(cijfers);
        boolean voorbij = trajecten.values().stream().flatMap(List::stream)
                .anyMatch(t -> berekening.voorbij(t.begindatum()) || berekening.voorbij(t.einddatum()))
                || w.leveringen().stream().anyMatch(l -> berekening.voorbij(l.gemeld()));
        if (voorbij) {
            return false;
        }
        Set<String> gemeenten = new HashSet<>();
        Map<String, Geschiedenis> bekend = opslag.geschiedenissen();
        try {
            wijzig(w, cijfers, berekening, bekend, trajecten, toewijzingen, wachten, geplaatst, gemeenten);
        } catch (RuntimeException e) {
            // Part of a youth may be in the totals now: made again for everyone, without whoever fails.
            LOG.warn("Bijwerken van de indicatoren mislukt; alles wordt opnieuw berekend", e);
            return false;
        }
        opslag.bijgewerkt();
        detecteerSignalen(gemeenten);
        return true;
    }

    private void wijzig(TrajectenBijgewerkt.Wijziging w, IndicatorCijfers cijfers, IndicatorBerekening berekening,
                        Map<String, Geschiedenis> bekend, Map<String, List<Traject>> trajecten,
                        Map<String, List<Toegewezen>> toewijzingen, Map<String, List<Wacht>> wachten,
                        Map<String, List<Plaatsingen.Doorlooptijd>> geplaatst, Set<String> gemeenten) {
        cijfers.wijzig(() -> {
            for (String jeugdige : w.jeugdigen()) {
                Geschiedenis oud = bekend.remove(jeugdige);
                if (oud != null) {
                    berekening.pasToe(oud, -1);
                    oud.trajecten().forEach(t -> gemeenten.add(t.gemeente()));
                    oud.wachten().forEach(t -> gemeenten.add(t.gemeente()));
                    oud.plaatsingen().forEach(p -> gemeenten.add(p.gemeente()));
                }
                Geschiedenis nu = new Geschiedenis(trajecten.getOrDefault(jeugdige, List.of()),
                        toewijzingen.getOrDefault(jeugdige, List.of()), wachten.getOrDefault(jeugdige, List.of()),
                        geplaatst.getOrDefault(jeugdige, List.of()));
                if (!nu.leeg()) {
                    berekening.pasToe(jeugdige, nu, 1);
                    nu.trajecten().forEach(t -> gemeenten.add(t.gemeente()));
                    nu.toewijzingen().forEach(t -> gemeenten.add(t.gemeente()));
                    nu.wachten().forEach(t -> gemeenten.add(t.gemeente()));
                    nu.plaatsingen().forEach(p -> gemeenten.add(p.gemeente()));
                    bekend.put(jeugdige, nu);
                }
                fouten.gelukt(Afleidingsfouten.INDICATOREN, jeugdige);
            }
            for (Uitgave u : w.uitgaven()) {
                voegToe(berekening, u);
                gemeenten.add(u.gemeente());
            }
            for (Levering l : w.leveringen()) {
                voegToe(berekening, l);
                gemeenten.add(l.gemeente());
            }
        });
    }

    /** Values live in memory: computed at every start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public synchronized void bijStart() {
        if (opslag.berekendOp().isEmpty()) {
            long begin = System.nanoTime();
            herbereken();
            LOG.info("Indicatoren berekend in {} ms", (System.nanoTime() - begin) / 1_000_000);
        }
    }

    @Transactional(readOnly = true)
    public synchronized void herbereken() {
        Onderbreking.punt("indicatoren");
        List<Integer> jaren = zorg.jaren();
        fouten.opnieuw(Afleidingsfouten.INDICATOREN);
        if (jaren.isEmpty()) {
            opslag.vervang(IndicatorCijfers.leeg(), null, new HashMap<>());
            opslag.vervangSignalen(List.of());
            return;
        }
        long begin = System.nanoTime();
        List<Uitgave> uitgaven = zorg.gedeclareerd();
        Map<String, Geschiedenis> perJeugdige = Geschiedenis.allemaal(zorg, wachttijden, plaatsingen);
        IndicatorBerekening berekening = berekening(jaren, uitgaven, perJeugdige);
        long leveringen = System.nanoTime();
        YearMonth laatste = YearMonth.of(jaren.getLast(), 12);
        opslag.vervang(berekening.klaar(), laatste.isAfter(kalender.laatsteMaand()) ? kalender.laatsteMaand() : laatste,
                perJeugdige);
        detecteerSignalen(null);
        LOG.debug("Indicatoren: {} ms, signalen {} ms", (leveringen - begin) / 1_000_000,
                (System.nanoTime() - leveringen) / 1_000_000);
    }

    /**
     * Every youth's history, invoice line and delivery fact into fresh totals. A youth whose history
     * cannot be counted is recorded and the totals are made once more without it: a failure may
     * have left part of its history in, and one youth must not stop the figures (nor a start).
     * The failure depends on the youth's facts alone, so the second round meets no new one.
     */
    private IndicatorBerekening berekening(List<Integer> jaren, List<Uitgave> uitgaven, Map<String, Geschiedenis> perJeugdige) {
        Map<String, Integer> jeugdigen = regio.regio().gemeenten().stream()
                .collect(Collectors.toMap(Gemeente::code, Gemeente::jeugdigen));
        Waardering waardering = Waardering.uit(uitgaven, regio::deel, wachtnormen());
        while (true) {
            IndicatorBerekening berekening = new IndicatorBerekening(YearMonth.of(jaren.getFirst(), 1),
                    YearMonth.of(jaren.getLast(), 12), jeugdigen, waardering);
            Map<String, RuntimeException> mislukt = berekening.pasToeNaast(perJeugdige);
            if (mislukt.isEmpty()) {
                uitgaven.forEach(u -> voegToe(berekening, u));
                zorg.leveringen().forEach(l -> voegToe(berekening, l));
                return berekening;
            }
            mislukt.forEach((jeugdige, fout) -> {
                fouten.mislukt(Afleidingsfouten.INDICATOREN, jeugdige, fout);
                perJeugdige.remove(jeugdige);
            });
        }
    }

    private Map<String, Wachtnorm> wachtnormen() {
        return wachttijden.normen().stream().collect(Collectors.toMap(Wachtnorm::segment, n -> n));
    }

    private void voegToe(IndicatorBerekening berekening, Uitgave u) {
        ProductIndeling p = regio.deel(u.productcategorie(), u.productcode());
        berekening.voegToe(u, p.segment(), p.hulpvorm());
    }

    private void voegToe(IndicatorBerekening berekening, Levering l) {
        berekening.voegToe(l, l.productcode() != null && !regio.deel(l.productcategorie(), l.productcode()).uitRegiolijst());
    }

    @Override
    public List<Indicator> catalogus() {
        return catalogus;
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return catalogus.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public List<Waarde> reeks(String indicator, Doorsnede doorsnede, Periode periode, YearMonth van, YearMonth tot) {
        return opslag.reeks(indicator, doorsnede, periode, van, tot);
    }

    @Override
    public List<Waarde> perGemeente(String indicator, String segment, Periode periode, YearMonth begin) {
        return regio.regio().gemeenten().stream()
                .flatMap(g -> opslag.waarde(indicator, Doorsnede.gemeente(g.code(), segment), periode, begin).stream())
                .toList();
    }

    @Override
    public List<Waarde> perAanbieder(String indicator, String segment, Periode periode, YearMonth begin) {
        return opslag.doorsneden().stream()
                .filter(d -> d.perAanbieder() && d.segment().equals(segment))
                .sorted(Comparator.comparing(Doorsnede::aanbieder))
                .flatMap(d -> opslag.waarde(indicator, d, periode, begin).stream())
                .toList();
    }

    @Override
    public Optional<YearMonth> laatsteVolledigeMaand(Doorsnede doorsnede) {
        return opslag.laatsteVolledigeMaand(doorsnede);
    }

    @Override
    public Optional<Stand> stand() {
        return opslag.berekendOp().flatMap(op -> opslag.laatsteMaand().map(m -> new Stand(op, m)));
    }

    private static List<Indicator> leesCatalogus() {
        try (InputStream in = IndicatorService.class.getResourceAsStream("/indicators/catalogus.json")) {
            return List.copyOf(JsonMapper.builder().build().readValue(in, new TypeReference<List<Indicator>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
