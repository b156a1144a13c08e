package nl.jeugdregie.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.jeugdregie.messages.Uitkomst.Status;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The door, with the standard's own sample messages and a test region that holds their municipalities. */
@JeugdregieTest(properties = Gedeeld.TESTREGIO)
class IntakeTest {

    @Autowired
    Intake intake;
    @Autowired
    BerichtenOverzicht overzicht;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void acceptsEverySchemaValidSampleAndRejectsTheImpossibleDate() throws Exception {
        List<Uitkomst> uitkomsten = new ArrayList<>();
        try (Stream<Path> bestanden = Files.list(Gedeeld.pad("ijw/berichten"))) {
            for (Path p : bestanden.sorted().toList()) {
                uitkomsten.add(intake.ontvangEen(BerichtBron.van(p.getFileName().toString(), Files.readAllBytes(p))));
            }
        }
        for (String valide : List.of("JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW316", "JW317",
                "JW319", "JW320", "JW323", "JW325")) {
            assertThat(uitkomst(uitkomsten, valide).status()).as(valide).isIn(Status.GEACCEPTEERD, Status.DUBBEL);
        }
        Uitkomst jw315 = uitkomst(uitkomsten, "JW315");
        assertThat(jw315.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(jw315.reden()).contains("onmogelijke datum 2027-06-31").contains("ToewijzingEinddatum");
        assertThat(overzicht.lijst("afgewezen", 0, 100)).extracting(BerichtenOverzicht.BerichtRegel::berichttype)
                .contains("JW315");
    }

    @Test
    void theSameMessageTwiceIsADuplicateAndCountsOnce() {
        byte[] jw305 = Gedeeld.bericht("JW305.xml");
        long voor = jdbc.queryForObject("select count(*) from zorgmelding", Long.class);
        intake.ontvangEen(BerichtBron.van("een", jw305));
        long na = jdbc.queryForObject("select count(*) from zorgmelding", Long.class);
        Uitkomst tweede = intake.ontvangEen(BerichtBron.van("twee", jw305));
        assertThat(tweede.status()).isEqualTo(Status.DUBBEL);
        assertThat(jdbc.queryForObject("select count(*) from zorgmelding", Long.class)).isEqualTo(na);
        assertThat(na).isGreaterThanOrEqualTo(voor);
    }

    @Test
    void aReusedIdentificationWithOtherContentIsRejected() {
        String jw305 = new String(Gedeeld.bericht("JW305.xml"), StandardCharsets.UTF_8)
                .replace("<ijw:Identificatie>123456789012</ijw:Identificatie>", "<ijw:Identificatie>HERGEBRUIK1</ijw:Identificatie>");
        intake.ontvangEen(BerichtBron.van("eerste", jw305.getBytes(StandardCharsets.UTF_8)));
        Uitkomst ander = intake.ontvangEen(BerichtBron.van("ander",
                jw305.replace("2026-04-03", "2026-04-04").getBytes(StandardCharsets.UTF_8)));
        assertThat(ander.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(ander.reden()).contains("HERGEBRUIK1").contains("al gebruikt");
    }

    @Test
    void aMunicipalityOutsideTheRegionIsRejected() {
        String jw301 = new String(Gedeeld.bericht("JW301.xml"), StandardCharsets.UTF_8)
                .replace("<jw301:Afzender>0384</jw301:Afzender>", "<jw301:Afzender>0344</jw301:Afzender>");
        Uitkomst u = intake.ontvangEen(BerichtBron.van("utrecht", jw301.getBytes(StandardCharsets.UTF_8)));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).isEqualTo("gemeente 0344 hoort niet bij regio Testregio Amstel");
    }

    @Test
    void aMissingElementIsNamed() {
        String jw305 = new String(Gedeeld.bericht("JW305.xml"), StandardCharsets.UTF_8)
                .replace("<jw305:Begindatum>2026-04-03</jw305:Begindatum>", "")
                .replace("123456789012", "ZONDERBEGIN");
        Uitkomst u = intake.ontvangEen(BerichtBron.van("zonder-begin", jw305.getBytes(StandardCharsets.UTF_8)));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).isEqualTo("element Client/StartProducten/StartProduct[1]/Begindatum ontbreekt");
    }

    @Test
    void aValueLongerThanTheSchemaAllowsIsRejectedWithoutTakingTheBatchDown() {
        String jw305 = new String(Gedeeld.bericht("JW305.xml"), StandardCharsets.UTF_8);
        byte[] teLang = jw305.replace("<ijw:Identificatie>123456789012</ijw:Identificatie>",
                "<ijw:Identificatie>VEEL-TE-LANGE-IDENTIFICATIE-VAN-EEN-BERICHT</ijw:Identificatie>").getBytes(StandardCharsets.UTF_8);
        byte[] goed = jw305.replace("123456789012", "NAASTELANGE1").getBytes(StandardCharsets.UTF_8);
        intake.ontvang(List.of(BerichtBron.van("te-lang", teLang), BerichtBron.van("goed", goed)).iterator(), t -> { });
        assertThat(jdbc.queryForObject("select reden from bericht where bron = 'te-lang'", String.class))
                .isEqualTo("element Header/BerichtIdentificatie/Identificatie is 43 tekens lang; het schema staat er ten hoogste 12 toe");
        assertThat(jdbc.queryForObject("select status from bericht where bron = 'goed'", String.class)).isEqualTo("geaccepteerd");
    }

    @Test
    void anUnknownMessageTypeIsRejected() {
        String xml = "<?xml version=\"1.0\"?><Bericht xmlns=\"urn:iwmo:wmo301\"><Header/></Bericht>";
        Uitkomst u = intake.ontvangEen(BerichtBron.van("wmo", xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).startsWith("onbekend berichttype");
    }

    @Test
    void aBadMessageDoesNotStopTheBatchAndIsKeptWithoutIdentifiers() {
        byte[] kapot = "<jw305:Bericht xmlns:jw305=\"x\"><Bsn>999900006</Bsn><Achternaam>Wit".getBytes(StandardCharsets.UTF_8);
        String goed = new String(Gedeeld.bericht("JW307.xml"), StandardCharsets.UTF_8).replace("123456789012", "NAKAPOT1");
        IntakeTelling t = intake.ontvang(List.of(BerichtBron.van("kapot", kapot),
                BerichtBron.van("goed", goed.getBytes(StandardCharsets.UTF_8))).iterator(), x -> { });
        assertThat(t.rejected()).isEqualTo(1);
        assertThat(t.accepted()).isEqualTo(1);
        BerichtenOverzicht.BerichtRegel afgewezen = overzicht.lijst("afgewezen", 0, 100).stream()
                .filter(r -> "kapot".equals(r.bron())).findFirst().orElseThrow();
        assertThat(afgewezen.reden()).startsWith("niet well-formed XML");
    }

    @Test
    void theRejectedListIsAvailableWithTheirReasons() {
        Map<String, Object> rij = jdbc.queryForMap("select count(*) as n from bericht where status = 'afgewezen' and reden is null");
        assertThat(((Number) rij.get("n")).longValue()).isZero();
    }

    private static Uitkomst uitkomst(List<Uitkomst> uitkomsten, String type) {
        return uitkomsten.stream().filter(u -> u.bron().startsWith(type)).findFirst().orElseThrow();
    }
}
