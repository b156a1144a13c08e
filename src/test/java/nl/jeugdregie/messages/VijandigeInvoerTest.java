package nl.jeugdregie.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.messages.Uitkomst.Status;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile input is rejected with a reason, reads no file, opens no connection, and leaves the batch alone. */
@JeugdregieTest(properties = Gedeeld.TESTREGIO)
class VijandigeInvoerTest {

    @Autowired
    Intake intake;

    @Test
    void xxeReadsNoFileAndIsRejected() throws Exception {
        Path geheim = Files.createTempFile("geheim", ".txt");
        Files.writeString(geheim, "GEHEIME-INHOUD");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"" + geheim.toUri() + "\">]>"
                + "<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\"><jw305:Header>&x;</jw305:Header></jw305:Bericht>";
        Uitkomst u = intake.ontvangEen(BerichtBron.van("xxe", xxe.getBytes(StandardCharsets.UTF_8)));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).contains("DOCTYPE").doesNotContain("GEHEIME-INHOUD");
    }

    @Test
    void anExternalEntityOpensNoConnection() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger verzoeken = new AtomicInteger();
        server.createContext("/", ex -> {
            verzoeken.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/dtd";
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE b SYSTEM \"" + url + "\"><b/>";
            Uitkomst u = intake.ontvangEen(BerichtBron.van("extern", xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
            assertThat(verzoeken.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void billionLaughsIsRejectedWithoutExpandingAndTheBatchGoesOn() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><lolz>&lol9;</lolz>");
        String goed = new String(Gedeeld.bericht("JW319.xml"), StandardCharsets.UTF_8);
        IntakeTelling t = intake.ontvang(List.of(BerichtBron.van("lol", dtd.toString().getBytes(StandardCharsets.UTF_8)),
                BerichtBron.van("goed", goed.getBytes(StandardCharsets.UTF_8))).iterator(), x -> { });
        assertThat(t.rejected()).isEqualTo(1);
        assertThat(t.accepted() + t.duplicate()).isEqualTo(1);
    }

    @Test
    void aFileOver25MegabytesIsRefusedUnread() throws Exception {
        Path groot = Files.createTempFile("groot", ".xml");
        Files.write(groot, new byte[BerichtBronnen.MAX_BYTES + 1]);
        IntakeTelling t = intake.ontvang(BerichtBronnen.van(groot), x -> { });
        assertThat(t.rejected()).isEqualTo(1);
    }

    @Test
    void anInvalidBsnIsRejectedAndNotStored() {
        String xml = new String(Gedeeld.bericht("JW305.xml"), StandardCharsets.UTF_8)
                .replace("999900006", "123456789").replace("123456789012", "ELFPROEF1");
        Uitkomst u = intake.ontvangEen(BerichtBron.van("elfproef", xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).contains("Client/Bsn ongeldig");
    }
}
