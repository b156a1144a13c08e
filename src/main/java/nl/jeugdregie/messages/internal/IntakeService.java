package nl.jeugdregie.messages.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.jeugdregie.database.Onderbreking;
import nl.jeugdregie.messages.Bericht;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.BerichtenGeaccepteerd;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeAfgerond;
import nl.jeugdregie.messages.IntakeBegonnen;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.messages.Uitkomst;
import nl.jeugdregie.messages.Uitkomst.Status;
import nl.jeugdregie.region.Kalender;
import nl.jeugdregie.region.RegioCatalogus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes messages in batches: process in parallel, sort out duplicates against the store and
 * within the batch, write every outcome, and publish the accepted ones in the same transaction
 * so derived facts never lag behind or run ahead of the store.
 */
@Service
class IntakeService implements Intake {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);
    static final int BATCH = 1000;
    /**
     * A batch also ends once its raw messages reach this many bytes: a zip of a hundred entries of
     * 24 MB each (2.5 GB inflated from a few MB) is then read a few entries at a time, never whole.
     */
    static final long BATCH_BYTES = 32L * 1024 * 1024;
    /** Batches processed and waiting for the writer, or being written, at most. */
    private static final int IN_HAND = 3;

    private final Verwerking verwerking;
    private final BerichtOpslag opslag;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    /** The store's write lock: who writes decides duplicates against everything written before it. */
    private final java.util.concurrent.locks.ReentrantLock schrijfslot = new java.util.concurrent.locks.ReentrantLock();

    IntakeService(Pseudonimiseerder pseudonimiseerder, RegioCatalogus regio, Kalender kalender, BerichtOpslag opslag,
                  ApplicationEventPublisher events, TransactionTemplate tx) {
        this.verwerking = new Verwerking(pseudonimiseerder, regio, kalender::vandaag);
        this.opslag = opslag;
        this.events = events;
        this.tx = tx;
    }

    /**
     * Reading and processing the next batches overlaps with writing the earlier ones: a single
     * writer thread keeps the store's order. It may have a few batches in hand, because batches
     * differ — a month's invoices cost the writer more than they cost the reader — and with only
     * one in hand reader and writer took turns waiting for each other.
     */
    @Override
    public synchronized IntakeTelling ontvang(Iterator<BerichtBron> bronnen, Consumer<IntakeTelling> voortgang) {
        events.publishEvent(new IntakeBegonnen());
        ExecutorService schrijver = Executors.newSingleThreadExecutor(r -> new Thread(r, "intake-schrijver"));
        try {
            IntakeTelling totaal = IntakeTelling.NUL;
            Deque<Future<List<Uitkomst>>> onderweg = new ArrayDeque<>();
            List<BerichtBron> batch = new ArrayList<>(BATCH);
            long bytes = 0;
            while (bronnen.hasNext()) {
                BerichtBron bron = bronnen.next();
                batch.add(bron);
                bytes += bron.inhoud() == null ? 0 : bron.inhoud().length;
                if (batch.size() == BATCH || bytes >= BATCH_BYTES || !bronnen.hasNext()) {
                    bytes = 0;
                    List<Verwerking.Resultaat> resultaten = verwerk(batch);
                    while (onderweg.size() >= IN_HAND) {
                        totaal = totaal.plus(telling(wacht(onderweg.removeFirst())));
                        voortgang.accept(totaal);
                    }
                    onderweg.addLast(schrijver.submit(() -> bewaarVeilig(resultaten)));
                    batch = new ArrayList<>(BATCH);
                }
            }
            while (!onderweg.isEmpty()) {
                totaal = totaal.plus(telling(wacht(onderweg.removeFirst())));
                voortgang.accept(totaal);
            }
            events.publishEvent(new IntakeAfgerond(totaal));
            return totaal;
        } finally {
            schrijver.shutdownNow();
        }
    }

    private static List<Uitkomst> wacht(Future<List<Uitkomst>> schrijven) {
        try {
            return schrijven.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("inlezen onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private List<Verwerking.Resultaat> verwerk(List<BerichtBron> bronnen) {
        return bronnen.parallelStream().map(verwerking::verwerk).toList();
    }

    /**
     * One message posted by a sender's own system. Senders post at the same time: reading and
     * checking run side by side, only the write holds the store's write lock (a duplicate is
     * decided and written at once), and the derivations follow after the commit — a failure there
     * is logged and the youths stay noted for the next run or start, but never changes the answer:
     * the message is stored.
     */
    @Override
    public Uitkomst ontvangEen(BerichtBron bron) {
        Verwerking.Resultaat resultaat = verwerking.verwerk(bron);
        List<Uitkomst> uitkomst = bewaarVeilig(List.of(resultaat), true);
        if (uitkomst.getFirst().status() == Status.GEACCEPTEERD) {
            try {
                events.publishEvent(new IntakeAfgerond(telling(uitkomst), true));
            } catch (RuntimeException e) {
                LOG.error("Afleiding na bericht {} mislukt; het bericht is opgeslagen, de afleiding volgt bij de volgende run of start",
                        uitkomst.getFirst().berichtId(), e);
            }
        }
        return uitkomst.getFirst();
    }

    @Override
    public synchronized long herbouw(Consumer<Long> voortgang) {
        List<Bericht> batch = new ArrayList<>(BATCH);
        long[] aantal = {0};
        opslag.geaccepteerdeInhoud(rij -> {
            try {
                IjwParser.Geparseerd g = verwerking.herlees(rij.inhoud());
                batch.add(bericht(rij.id(), g.kop(), rij.gemeente(), rij.aanbieder(), g.inhoud()));
            } catch (BerichtFout e) {
                LOG.warn("Opgeslagen bericht {} kan niet opnieuw worden gelezen: {}", rij.id(), e.getMessage());
            }
            if (batch.size() == BATCH) {
                publiceer(batch, true);
                aantal[0] += batch.size();
                voortgang.accept(aantal[0]);
                batch.clear();
            }
        });
        publiceer(batch, true);
        aantal[0] += batch.size();
        voortgang.accept(aantal[0]);
        return aantal[0];
    }

    private void publiceer(List<Bericht> batch, boolean herbouw) {
        if (!batch.isEmpty()) {
            List<Bericht> kopie = List.copyOf(batch);
            tx.executeWithoutResult(s -> events.publishEvent(new BerichtenGeaccepteerd(kopie, herbouw)));
        }
    }

    /**
     * Writes a batch in one transaction, under the store's write lock (a run's writer and posted
     * messages take turns per batch); should the database — or a listener writing derived facts —
     * refuse something the checks let through, each message is written on its own, and one still
     * refused is kept as rejected with the reason — so one message never costs the others.
     */
    private List<Uitkomst> bewaarVeilig(List<Verwerking.Resultaat> resultaten) {
        return bewaarVeilig(resultaten, false);
    }

    private List<Uitkomst> bewaarVeilig(List<Verwerking.Resultaat> resultaten, boolean enkel) {
        schrijfslot.lock();
        try {
            return tx.execute(s -> bewaar(resultaten, enkel));
        } catch (RuntimeException e) {
            if (resultaten.size() > 1) {
                List<Uitkomst> uitkomsten = new ArrayList<>(resultaten.size());
                resultaten.forEach(r -> uitkomsten.addAll(bewaarVeilig(List.of(r), enkel)));
                return uitkomsten;
            }
            Verwerking.Resultaat r = resultaten.getFirst();
            Throwable oorzaak = e instanceof DataAccessException d ? d.getMostSpecificCause() : e;
            String reden = (e instanceof DataAccessException ? "kon niet worden opgeslagen: " : "kon niet worden verwerkt: ")
                    + oorzaak.getMessage();
            LOG.warn("Bericht {} afgewezen: {}", r.bron(), reden, e);
            return tx.execute(s -> bewaar(List.of(new Verwerking.Resultaat(r.bron(), r.identSleutel(), r.hash(), null, null,
                    null, null, r.schoon(), reden.length() > 1000 ? reden.substring(0, 1000) : reden, List.of())), enkel));
        } finally {
            schrijfslot.unlock();
        }
    }

    private List<Uitkomst> bewaar(List<Verwerking.Resultaat> resultaten, boolean enkel) {
        Map<String, List<BerichtOpslag.Bekend>> bekend =
                opslag.bekend(resultaten.stream().map(Verwerking.Resultaat::identSleutel).distinct().toList());
        List<BerichtOpslag.Rij> rijen = new ArrayList<>(resultaten.size());
        List<BerichtOpslag.Bevinding> bevindingen = new ArrayList<>();
        List<Bericht> geaccepteerd = new ArrayList<>();
        List<Uitkomst> uitkomsten = new ArrayList<>(resultaten.size());
        Map<String, List<BerichtOpslag.Bekend>> inBatch = new HashMap<>();
        for (Verwerking.Resultaat r : resultaten) {
            long id = opslag.nieuwId();
            List<BerichtOpslag.Bekend> eerder = new ArrayList<>(bekend.getOrDefault(r.identSleutel(), List.of()));
            eerder.addAll(inBatch.getOrDefault(r.identSleutel(), List.of()));
            // Only the same content as an accepted message is a duplicate: a message that could not be
            // read has no content to compare, and a rejected one sent again is judged again.
            BerichtOpslag.Bekend zelfde = r.hash().isEmpty() ? null : eerder.stream()
                    .filter(b -> b.status().equals("geaccepteerd") && b.hash().equals(r.hash())).findFirst().orElse(null);
            Status status;
            String reden = r.fout();
            if (zelfde != null) {
                status = Status.DUBBEL;
                reden = "dubbel van bericht " + zelfde.id();
            } else if (reden == null && eerder.stream().anyMatch(b -> b.status().equals("geaccepteerd"))) {
                status = Status.AFGEWEZEN;
                reden = "BerichtIdentificatie " + r.kop().identificatie() + " van afzender " + r.kop().afzender()
                        + " is al gebruikt voor een ander " + r.kop().type() + "-bericht";
            } else {
                status = reden == null ? Status.GEACCEPTEERD : Status.AFGEWEZEN;
            }
            rijen.add(rij(id, status, reden, r, zelfde));
            if (status != Status.DUBBEL) {
                inBatch.computeIfAbsent(r.identSleutel(), k -> new ArrayList<>())
                        .add(new BerichtOpslag.Bekend(id, status.code(), r.hash()));
            }
            if (status == Status.GEACCEPTEERD) {
                geaccepteerd.add(bericht(id, r.kop(), r.gemeente(), r.aanbieder(), r.inhoud()));
                r.bevindingen().forEach(code -> bevindingen.add(new BerichtOpslag.Bevinding(id, code,
                        "Aanbieder " + r.aanbieder() + " staat niet in het regiobestand")));
            }
            uitkomsten.add(new Uitkomst(r.bron(), status, reden, id));
        }
        opslag.bewaar(rijen, bevindingen);
        if (!geaccepteerd.isEmpty()) {
            events.publishEvent(new BerichtenGeaccepteerd(List.copyOf(geaccepteerd), false, enkel));
        }
        Onderbreking.punt("batch");
        return uitkomsten;
    }

    private static BerichtOpslag.Rij rij(long id, Status status, String reden, Verwerking.Resultaat r,
                                         BerichtOpslag.Bekend zelfde) {
        IjwParser.Kop k = r.kop();
        return new BerichtOpslag.Rij(id, status.code(), k == null ? null : k.type().name(),
                k == null ? null : k.afzender(), k == null ? null : k.ontvanger(),
                k == null ? null : k.identificatie(), k == null ? null : k.dagtekening(), r.gemeente(), r.aanbieder(),
                r.identSleutel(), r.hash(), reden, kort(r.bron()), zelfde == null ? null : zelfde.id(),
                status == Status.DUBBEL ? null : r.schoon());
    }

    private static Bericht bericht(long id, IjwParser.Kop kop, String gemeente, String aanbieder,
                                   nl.jeugdregie.messages.Inhoud inhoud) {
        return new Bericht(id, kop.type(), kop.afzender(), kop.ontvanger(), kop.identificatie(), kop.dagtekening(),
                gemeente, aanbieder, inhoud);
    }

    private static String kort(String naam) {
        return naam == null || naam.length() <= 1000 ? naam : "…" + naam.substring(naam.length() - 999);
    }

    private static IntakeTelling telling(List<Uitkomst> uitkomsten) {
        long a = 0, d = 0, r = 0;
        for (Uitkomst u : uitkomsten) {
            switch (u.status()) {
                case GEACCEPTEERD -> a++;
                case DUBBEL -> d++;
                case AFGEWEZEN -> r++;
            }
        }
        return new IntakeTelling(a, d, r);
    }
}
