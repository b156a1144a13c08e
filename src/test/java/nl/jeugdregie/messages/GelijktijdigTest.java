package nl.jeugdregie.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.care.ZorgFeiten;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.Uitkomst.Status;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Senders post at the same time (issue 15: every post waited on one lock around the whole
 * intake). Twenty threads post 400 messages, each of them twice, in shuffled order: every message
 * is accepted exactly once and duplicated exactly once, nothing is left to derive, and the
 * trajectories equal those derived afresh from the stored facts.
 */
@JeugdregieTest(properties = "jeugdregie.test=gelijktijdig")
class GelijktijdigTest {

    @Autowired
    Intake intake;
    @Autowired
    DemoRegio demo;
    @Autowired
    ZorgFeiten feiten;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentySendersAtOnceAcceptEachMessageOnceAndDeriveAsOneRunWould() throws Exception {
        List<BerichtBron> berichten = demo.nieuweStarts(77, 200, LocalDate.now().minusDays(3));
        List<BerichtBron> tweemaal = new ArrayList<>(berichten);
        tweemaal.addAll(berichten);
        Collections.shuffle(tweemaal, new java.util.Random(15));

        ConcurrentLinkedQueue<BerichtBron> rij = new ConcurrentLinkedQueue<>(tweemaal);
        ConcurrentLinkedQueue<Uitkomst> uitkomsten = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> fouten = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> zenders = new ArrayList<>();
        for (int z = 0; z < 20; z++) {
            zenders.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (BerichtBron b; (b = rij.poll()) != null; ) {
                        uitkomsten.add(intake.ontvangEen(b));
                    }
                } catch (Throwable t) {
                    fouten.add(t);
                }
            }));
        }
        start.countDown();
        for (Thread t : zenders) {
            t.join();
        }

        assertThat(fouten).isEmpty();
        AtomicInteger geaccepteerd = new AtomicInteger();
        AtomicInteger dubbel = new AtomicInteger();
        uitkomsten.forEach(u -> (u.status() == Status.GEACCEPTEERD ? geaccepteerd : u.status() == Status.DUBBEL ? dubbel
                : new AtomicInteger()).incrementAndGet());
        assertThat(geaccepteerd.get()).isEqualTo(berichten.size());
        assertThat(dubbel.get()).isEqualTo(berichten.size());
        assertThat(jdbc.queryForObject("select count(*) from af_te_leiden", Long.class)).isZero();

        List<String> zoAfgeleid = trajecten();
        assertThat(zoAfgeleid).hasSize(200);
        feiten.herberekenTrajecten(n -> { });
        assertThat(trajecten()).isEqualTo(zoAfgeleid);
    }

    private List<String> trajecten() {
        return jdbc.queryForList("select jeugdige || '|' || aanbieder || '|' || hulpvorm || '|' || begindatum || '|' || segment"
                + " from traject order by 1", String.class);
    }
}
