package nl.jeugdregie.care.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import nl.jeugdregie.care.Afleidingsfouten;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.care.ZorgFeiten;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.messages.Bericht;
import nl.jeugdregie.database.Onderbreking;
import nl.jeugdregie.messages.BerichtenGeaccepteerd;
import nl.jeugdregie.messages.Inhoud;
import nl.jeugdregie.messages.IntakeAfgerond;
import nl.jeugdregie.messages.IntakeBegonnen;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.RegioCatalogus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns accepted messages into care facts, in the intake's transaction, and recomputes the
 * trajectories of the youths they touched once the intake run is done — or sooner, when many
 * youths are waiting, so a long run keeps its trajectories close behind. Recomputing per run
 * instead of per batch matters: a youth's messages spread over many batches. During a replay
 * trajectories wait until all facts are back, then are computed once per youth.
 */
@Service
class ZorgFeitenVerwerker implements ZorgFeiten {

    private static final Logger LOG = LoggerFactory.getLogger(ZorgFeitenVerwerker.class);
    private static final int PER_KEER = 1000;
    /**
     * From this many youths to recompute, all facts are read at once — when the store holds no more
     * than {@link #IN_EEN_KEER_TOT} fact rows (about 500 bytes each in memory) and no more than
     * {@link #FEITEN_PER_JEUGDIGE} per youth to recompute (a youth has about four: those youths are
     * then most of the store's).
     */
    private static final int IN_EEN_KEER_VANAF = 10 * PER_KEER;
    private static final long IN_EEN_KEER_TOT = 400_000;
    private static final long FEITEN_PER_JEUGDIGE = 8;
    /**
     * Past this many youths waiting, a run recomputes them on the spot, inside the batch's
     * transaction — except while an empty store is filled, whose look-ups by youth would find no
     * index: a bulk load then recomputes once, at its end.
     */
    private static final int WACHTEND_MAXIMUM = 100_000;
    /** Beyond this many youths in one run, followers are told to derive everything again. */
    static final int STUKSGEWIJS_MAXIMUM = 2_000;

    private final ZorgOpslag opslag;
    private final RegioCatalogus regio;
    private final TrajectBouwer bouwer;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final JeugdigeIndexen indexen;
    private final AfTeLeiden afTeLeiden;
    private final nl.jeugdregie.messages.Intake intake;
    /**
     * The distinct youths the current run touched since its last derivation: only counted, against
     * {@link #WACHTEND_MAXIMUM}; which youths to derive, {@code af_te_leiden} says.
     */
    private final Set<String> wachtend = new java.util.HashSet<>();
    /** What the message this thread is posting changed, from its transaction to its derivation after the commit. */
    private final ThreadLocal<Wijzigingen> enkel = new ThreadLocal<>();
    private Wijzigingen wijzigingen = new Wijzigingen();

    /**
     * Derive each batch's youths right after its commit, as a listener fed by Spring Modulith's event
     * publication registry would (one event per batch, completed when handled), with the indexes by
     * youth kept throughout. Off by default: it exists to measure that way against the derivation
     * once per run (README, "Crash record"). {@code -Djeugdregie.afleiden-per-batch=true}.
     */
    private final boolean perBatch = Boolean.getBoolean("jeugdregie.afleiden-per-batch");

    ZorgFeitenVerwerker(ZorgOpslag opslag, RegioCatalogus regio, TransactionTemplate tx, ApplicationEventPublisher events,
                        JeugdigeIndexen indexen, AfTeLeiden afTeLeiden, nl.jeugdregie.messages.Intake intake) {
        this.afTeLeiden = afTeLeiden;
        this.intake = intake;
        this.opslag = opslag;
        this.regio = regio;
        this.bouwer = new TrajectBouwer(regio::deel);
        this.tx = tx;
        this.events = events;
        this.indexen = indexen;
    }

    /**
     * A run into a store without any care fact is a first load: the indexes by youth come at its end.
     * Into any other store they must be there, also after a first load that was broken off.
     */
    @EventListener
    synchronized void opBegonnen(IntakeBegonnen event) {
        if (opslag.zonderFeiten() && !perBatch) {
            indexen.laatWeg();
        } else {
            indexen.herstel();
        }
    }

    @EventListener
    synchronized void opGeaccepteerd(BerichtenGeaccepteerd event) {
        Rijen rijen = new Rijen();
        Set<String> geraakt = new LinkedHashSet<>();
        for (Bericht b : event.berichten()) {
            rijen.voegToe(b, geraakt);
        }
        rijen.bewaar(opslag);
        geraakt.addAll(opslag.jeugdigenVanVerzoeken(rijen.beantwoord));
        if (event.herbouw()) {
            return;
        }
        afTeLeiden.noteer(geraakt);
        if (event.enkel()) {
            // One message posted on its own: its poster derives it after the commit, apart from any run going on.
            Wijzigingen eigen = new Wijzigingen();
            eigen.voegToe(geraakt, rijen);
            enkel.set(eigen);
            return;
        }
        wijzigingen.voegToe(geraakt, rijen);
        if (perBatch) {
            List<String> jeugdigen = List.copyOf(geraakt);
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            leidAf(jeugdigen);
                        }
                    });
            return;
        }
        wachtend.addAll(geraakt);
        if (wachtend.size() >= WACHTEND_MAXIMUM && !indexen.weggelaten()) {
            herberekenWachtend();
        }
    }

    @EventListener
    synchronized void opAfgerond(IntakeAfgerond event) {
        if (event.enkel()) {
            leidEnkelAf();
            return;
        }
        long begin = System.nanoTime();
        Onderbreking.punt("trajecten");
        int aantal = leidGenoteerdeAf();
        wachtend.clear();
        LOG.debug("Trajecten van {} jeugdigen herberekend in {} ms", aantal, (System.nanoTime() - begin) / 1_000_000);
        Wijzigingen run = wijzigingen;
        wijzigingen = new Wijzigingen();
        if (run.iets()) {
            events.publishEvent(run.bericht());
        }
    }

    /** The youths of the message this thread just committed: their trajectories, then the figures that follow them. */
    private void leidEnkelAf() {
        Wijzigingen eigen = enkel.get();
        enkel.remove();
        if (eigen == null || !eigen.iets()) {
            return;
        }
        leidAf(List.copyOf(eigen.jeugdigen));
        events.publishEvent(eigen.bericht());
    }

    /**
     * These youths' trajectories, in a transaction of their own; their notes removed only up to the
     * highest one seen before the facts were read, so a note written meanwhile stays for its writer.
     */
    private void leidAf(List<String> jeugdigen) {
        tx.executeWithoutResult(s -> {
            long totEnMet = afTeLeiden.hoogste();
            herbereken(jeugdigen);
            afTeLeiden.afgehandeld(jeugdigen, totEnMet);
        });
    }

    /**
     * Every youth noted up to now (the youths of a run are all among them: each batch notes its
     * youths in its own transaction), in parts side by side, then those notes removed. Returns how
     * many youths were derived.
     */
    private int leidGenoteerdeAf() {
        long totEnMet = afTeLeiden.hoogste();
        List<String> teDoen = afTeLeiden.jeugdigen(totEnMet);
        herberekenNaast(teDoen);
        tx.executeWithoutResult(s -> afTeLeiden.afgehandeld(totEnMet));
        return teDoen.size();
    }

    /** Inside the batch's transaction: what was noted before and in it is derived in it too. */
    private void herberekenWachtend() {
        long begin = System.nanoTime();
        long totEnMet = afTeLeiden.hoogste();
        Set<String> teDoen = new LinkedHashSet<>(afTeLeiden.jeugdigen(totEnMet));
        int aantal = teDoen.size();
        herbereken(teDoen);
        afTeLeiden.afgehandeld(totEnMet);
        wachtend.clear();
        LOG.debug("Trajecten van {} jeugdigen herberekend in {} ms", aantal, (System.nanoTime() - begin) / 1_000_000);
    }

    /** The replay that follows fills an empty store: as a first load, without the indexes by youth until its end. */
    @Override
    public void wis() {
        tx.executeWithoutResult(s -> {
            opslag.wis();
            afTeLeiden.noteerHerbouw();
        });
        indexen.laatWeg();
    }

    @Override
    public long herberekenTrajecten(Consumer<Long> voortgang) {
        long totEnMet = afTeLeiden.hoogste();
        List<String> alle = opslag.alleJeugdigen();
        AtomicLong gedaan = new AtomicLong();
        herberekenNaast(alle, n -> voortgang.accept(gedaan.addAndGet(n)));
        tx.executeWithoutResult(s -> afTeLeiden.afgehandeld(totEnMet));
        events.publishEvent(TrajectenBijgewerkt.alles(gedaan.get()));
        return gedaan.get();
    }

    /**
     * Work a crash left undone, before anything reads the trajectories (the waiting times and the
     * indicators compute from them at start): a rebuild broken off is done again from its start;
     * youths whose facts were written but not yet derived are derived now.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    public synchronized void maakAfWatBleefLiggen() {
        indexen.bouw();
        if (afTeLeiden.herbouwOnderweg()) {
            LOG.warn("Een herbouw is onderbroken: de zorgfeiten worden opnieuw uit de berichtenopslag afgeleid");
            wis();
            long berichten = intake.herbouw(n -> { });
            long jeugdigen = herberekenTrajecten(n -> { });
            LOG.warn("Herbouw afgemaakt: {} berichten, {} jeugdigen", berichten, jeugdigen);
            return;
        }
        int afgeleid = leidGenoteerdeAf();
        if (afgeleid > 0) {
            LOG.warn("Trajecten van {} jeugdigen waren na een onderbreking nog niet afgeleid; nu afgeleid", afgeleid);
        }
    }

    private void herberekenNaast(List<String> jeugdigen) {
        herberekenNaast(jeugdigen, n -> { });
    }

    /**
     * Recomputes committed facts in parts of a thousand youths, each part in its own transaction and
     * the parts side by side on every core: a youth's trajectories depend on that youth's facts only.
     * When most of the store's youths are to be done (a first load, a rebuild) and their facts fit in
     * memory, all facts are read in one pass first: a thousand youths' look-up per part read each
     * fact table a fiftieth at a time, and H2 compares every row it finds with every key in the list.
     * Into a store without any trajectory yet (a first load) nothing old needs deleting first. Indexes
     * by youth left out for a first load are built before the parts when those look youths up, else
     * once the trajectories are written.
     */
    private void herberekenNaast(List<String> jeugdigen, IntConsumer gedaan) {
        Map<String, Feiten> alle = null;
        if (jeugdigen.size() >= IN_EEN_KEER_VANAF) {
            long feiten = opslag.aantalFeiten();
            if (feiten <= IN_EEN_KEER_TOT && feiten <= FEITEN_PER_JEUGDIGE * jeugdigen.size()) {
                alle = opslag.feiten(null);
            }
        }
        if (alle == null) {
            indexen.herstel();
        }
        Map<String, Feiten> bekend = alle;
        boolean wisEerst = !opslag.zonderTrajecten();
        int delen = (jeugdigen.size() + PER_KEER - 1) / PER_KEER;
        IntStream.range(0, delen).parallel().forEach(d -> {
            List<String> deel = jeugdigen.subList(d * PER_KEER, Math.min(jeugdigen.size(), (d + 1) * PER_KEER));
            tx.executeWithoutResult(s -> herbereken(deel, bekend == null ? opslag.feiten(deel) : uit(bekend, deel), wisEerst));
            Onderbreking.punt("trajectdeel");
            synchronized (gedaan) {
                gedaan.accept(deel.size());
            }
        });
        indexen.herstel();
    }

    private void herbereken(Set<String> jeugdigen) {
        List<String> lijst = new ArrayList<>(jeugdigen);
        for (int i = 0; i < lijst.size(); i += PER_KEER) {
            herbereken(lijst.subList(i, Math.min(lijst.size(), i + PER_KEER)));
        }
    }

    private static Map<String, Feiten> uit(Map<String, Feiten> alle, List<String> deel) {
        Map<String, Feiten> feiten = new java.util.HashMap<>();
        for (String j : deel) {
            feiten.put(j, alle.getOrDefault(j, new Feiten(j, List.of(), List.of(), List.of())));
        }
        return feiten;
    }

    private void herbereken(List<String> jeugdigen) {
        if (!jeugdigen.isEmpty()) {
            herbereken(jeugdigen, opslag.feiten(jeugdigen), true);
        }
    }

    private void herbereken(List<String> jeugdigen, Map<String, Feiten> feiten, boolean wisEerst) {
        List<Traject> trajecten = new ArrayList<>();
        List<Object[]> bevindingen = new ArrayList<>();
        for (Feiten f : feiten.values()) {
            TrajectBouwer.Uitkomst u;
            try {
                Onderbreking.storing(Afleidingsfouten.TRAJECTEN, f.jeugdige());
                u = bouwer.bouw(f);
            } catch (RuntimeException e) {
                // One youth's facts that the rules cannot handle must not stop the others (nor a start): recorded, shown, left out.
                LOG.error("Trajecten van jeugdige {} konden niet worden afgeleid", f.jeugdige(), e);
                bevindingen.add(new Object[] {f.jeugdige(), null, ZorgGebruik.AFLEIDING_MISLUKT,
                        kort("Trajecten konden niet worden afgeleid: " + e)});
                continue;
            }
            trajecten.addAll(u.trajecten());
            u.bevindingen().forEach(b -> bevindingen.add(new Object[] {f.jeugdige(), b.berichtId(), b.code(), b.omschrijving()}));
            productBevindingen(f, bevindingen);
        }
        opslag.vervangTrajecten(jeugdigen, trajecten, bevindingen, wisEerst);
    }

    static String kort(String tekst) {
        return tekst.length() > 400 ? tekst.substring(0, 400) + "…" : tekst;
    }

    /** A product code outside the region's list is counted by its category, and that is recorded. */
    private void productBevindingen(Feiten f, List<Object[]> bevindingen) {
        for (Feiten.ToewijzingFeit t : f.toewijzingen()) {
            ProductIndeling p = regio.deel(t.categorie(), t.code());
            if (t.code() != null && !p.uitRegiolijst()) {
                bevindingen.add(new Object[] {f.jeugdige(), t.berichtId(), "PRODUCTCODE_BUITEN_LIJST",
                        "Productcode " + t.code() + " staat niet in de productenlijst van de regio; via categorie "
                                + t.categorie() + " ingedeeld als " + p.segment().code()});
            }
        }
    }

    /**
     * What one intake run changed, kept piece by piece while it stays small: the youths touched, and
     * the invoice lines and delivery facts that arrived, so the indicators can follow without
     * deriving everything again.
     */
    private static final class Wijzigingen {
        private final Set<String> jeugdigen = new LinkedHashSet<>();
        private final List<Uitgave> uitgaven = new ArrayList<>();
        private final List<Levering> leveringen = new ArrayList<>();
        private boolean groot;
        private boolean iets;

        void voegToe(Set<String> geraakt, Rijen rijen) {
            iets = true;
            if (groot) {
                return;
            }
            jeugdigen.addAll(geraakt);
            if (jeugdigen.size() > STUKSGEWIJS_MAXIMUM) {
                groot = true;
                jeugdigen.clear();
                uitgaven.clear();
                leveringen.clear();
                return;
            }
            uitgaven.addAll(rijen.uitgaven);
            leveringen.addAll(rijen.leveringen);
        }

        boolean iets() {
            return iets;
        }

        TrajectenBijgewerkt bericht() {
            return groot ? TrajectenBijgewerkt.alles(STUKSGEWIJS_MAXIMUM)
                    : new TrajectenBijgewerkt(jeugdigen.size(), Optional.of(new TrajectenBijgewerkt.Wijziging(
                    Set.copyOf(jeugdigen), List.copyOf(uitgaven), List.copyOf(leveringen))));
        }
    }

    /** The insert rows of one batch, per table, and the same facts as the care module tells them to others. */
    private static final class Rijen {
        final List<Object[]> toewijzingen = new ArrayList<>();
        final List<Object[]> meldingen = new ArrayList<>();
        final List<Object[]> verzoeken = new ArrayList<>();
        final List<Object[]> antwoorden = new ArrayList<>();
        final List<Object[]> declaraties = new ArrayList<>();
        final List<Uitgave> uitgaven = new ArrayList<>();
        final List<Levering> leveringen = new ArrayList<>();
        /** Requests answered in this batch (municipality, provider, reference): their youths' waits change. */
        final List<String[]> beantwoord = new ArrayList<>();

        void voegToe(Bericht b, Set<String> geraakt) {
            LocalDate dag = b.dagtekening();
            switch (b.inhoud()) {
                case Inhoud.Toewijzing t -> {
                    geraakt.add(t.client().jeugdige());
                    for (Inhoud.ToegewezenProduct p : t.producten()) {
                        toewijzingen.add(new Object[] {b.id(), b.gemeente(), b.aanbieder(), p.toewijzingNummer(),
                                t.client().jeugdige(), t.client().geboortedatum(), t.client().geslacht(),
                                p.referentieAanbieder(), p.categorie(), p.code(), p.toewijzingsdatum(),
                                p.toewijzingstijd(), p.ingangsdatum(), p.einddatum(),
                                p.redenWijziging(), p.volume(), p.eenheid(), p.frequentie(), dag});
                        if (p.redenWijziging() == null) {
                            leveringen.add(new Levering(Levering.Soort.TOEWIJZING, b.gemeente(), b.aanbieder(),
                                    p.ingangsdatum(), p.toewijzingsdatum(), p.categorie(), p.code(), 1));
                        }
                    }
                }
                case Inhoud.ZorgMelding m -> {
                    geraakt.add(m.client().jeugdige());
                    for (Inhoud.ZorgRegel r : m.regels()) {
                        meldingen.add(new Object[] {b.id(), m.start() ? "start" : "stop", b.gemeente(), b.aanbieder(),
                                r.toewijzingNummer(), m.client().jeugdige(), r.categorie(), r.code(), r.begindatum(),
                                r.einddatum(), r.redenBeeindiging(), r.statusAanlevering(), dag});
                        leveringen.add(new Levering(m.start() ? Levering.Soort.START : Levering.Soort.STOP, b.gemeente(),
                                b.aanbieder(), m.start() ? r.begindatum() : r.einddatum(), b.dagtekening(), null, null, 1));
                    }
                }
                case Inhoud.VerzoekOmToewijzing v -> {
                    geraakt.add(v.client().jeugdige());
                    for (Inhoud.AangevraagdProduct p : v.producten()) {
                        verzoeken.add(verzoek(b, "toewijzing", v.client().jeugdige(), p, dag));
                    }
                }
                case Inhoud.VerzoekOmWijziging v -> {
                    for (Inhoud.AangevraagdProduct p : v.nieuweProducten()) {
                        verzoeken.add(verzoek(b, "wijziging", v.jeugdige(), p, dag));
                    }
                }
                case Inhoud.Antwoord a -> {
                    antwoorden.add(new Object[] {b.id(), b.gemeente(), b.aanbieder(), a.referentieAanbieder(),
                            a.verzoekAntwoord(), a.redenAfwijzing(), dag});
                    beantwoord.add(new String[] {b.gemeente(), b.aanbieder(), a.referentieAanbieder()});
                }
                case Inhoud.Declaratie d -> {
                    for (Inhoud.Prestatie p : d.prestaties()) {
                        declaraties.add(new Object[] {b.id(), b.gemeente(), b.aanbieder(), d.declaratieNummer(),
                                p.jeugdige(), p.toewijzingNummer(), p.categorie(), p.code(), p.begindatum(),
                                p.einddatum(), p.geleverdVolume(), p.eenheid(), p.tarief(), p.bedrag(), dag});
                        uitgaven.add(new Uitgave(b.gemeente(), b.aanbieder(), p.categorie(), p.code(), p.begindatum(),
                                p.einddatum(), b.dagtekening(), p.eenheid(), p.tarief(), 1, p.bedrag()));
                    }
                }
                case Inhoud.Retour r -> {
                    // retour messages are kept in the message store only
                }
            }
        }

        private static Object[] verzoek(Bericht b, String soort, String jeugdige, Inhoud.AangevraagdProduct p, LocalDate dag) {
            return new Object[] {b.id(), soort, b.gemeente(), b.aanbieder(), jeugdige, p.referentieAanbieder(),
                    p.categorie(), p.code(), p.verwijzerType(), p.toewijzingIngangsdatum(), dag};
        }


        private static final List<String> TOEWIJZING = List.of("bericht_id", "gemeente", "aanbieder",
                "toewijzingnummer", "jeugdige", "geboortedatum", "geslacht", "referentie_aanbieder", "productcategorie",
                "productcode", "toewijzingsdatum", "toewijzingstijd", "ingangsdatum", "einddatum", "reden_wijziging",
                "volume", "eenheid", "frequentie", "dagtekening");
        private static final List<String> ZORGMELDING = List.of("bericht_id", "soort", "gemeente", "aanbieder",
                "toewijzingnummer", "jeugdige", "productcategorie", "productcode", "begindatum", "einddatum",
                "reden_beeindiging", "status_aanlevering", "dagtekening");
        private static final List<String> VERZOEK = List.of("bericht_id", "soort", "gemeente", "aanbieder", "jeugdige",
                "referentie_aanbieder", "productcategorie", "productcode", "verwijzer", "gewenste_ingangsdatum",
                "dagtekening");
        private static final List<String> VERZOEK_ANTWOORD = List.of("bericht_id", "gemeente", "aanbieder",
                "referentie_aanbieder", "antwoord", "reden_afwijzing", "dagtekening");
        private static final List<String> DECLARATIEREGEL = List.of("bericht_id", "gemeente", "aanbieder",
                "declaratienummer", "jeugdige", "toewijzingnummer", "productcategorie", "productcode", "begindatum",
                "einddatum", "volume", "eenheid", "tarief_cent", "bedrag_cent", "dagtekening");

        /** The rows hold their values in the order of these column lists. */
        void bewaar(ZorgOpslag opslag) {
            opslag.houdGroepenBijVanafLeeg();
            opslag.kopieer("toewijzing", TOEWIJZING, toewijzingen);
            opslag.kopieer("zorgmelding", ZORGMELDING, meldingen);
            opslag.kopieer("verzoek", VERZOEK, verzoeken);
            opslag.kopieer("verzoek_antwoord", VERZOEK_ANTWOORD, antwoorden);
            opslag.kopieer("declaratieregel", DECLARATIEREGEL, declaraties);
            opslag.feitenOpgeslagen(uitgaven, leveringen);
        }
    }
}
