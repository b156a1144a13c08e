package nl.jeugdregie.placement.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.messages.Pseudoniemen;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Voorziening;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination workflow. Every change of status is a conditional update from the status
 * expected, and holding places goes through the availability guide's atomic hold in the same
 * transaction: two regisseurs never hold the same last place, and an answer racing an expiry takes
 * effect once.
 */
@Service
class PlaatsingService implements Plaatsingen {

    static final List<String> URGENTIES = List.of("crisis", "twee-weken", "gepland");
    static final int MAX_TEKST = 2000;

    private final VerzoekOpslag opslag;
    private final Plaatsen plaatsen;
    private final Pseudoniemen pseudoniemen;
    private final RegioCatalogus regio;
    private final org.springframework.context.ApplicationEventPublisher gebeurtenissen;
    private final int reserveringDagen;

    PlaatsingService(VerzoekOpslag opslag, Plaatsen plaatsen, Pseudoniemen pseudoniemen, RegioCatalogus regio,
                     org.springframework.context.ApplicationEventPublisher gebeurtenissen,
                     @Value("${jeugdregie.plaatsing.reservering-dagen:" + RESERVERING_DAGEN + "}") int reserveringDagen) {
        this.opslag = opslag;
        this.plaatsen = plaatsen;
        this.pseudoniemen = pseudoniemen;
        this.regio = regio;
        this.gebeurtenissen = gebeurtenissen;
        this.reserveringDagen = reserveringDagen;
    }

    int reserveringDagen() {
        return reserveringDagen;
    }

    @Override
    @Transactional
    public long dienIn(NieuwVerzoek v, String door, String organisatie, LocalDateTime op) {
        Map<String, String> fouten = controleer(v, op.toLocalDate());
        Optional<String> pseudoniem = pseudoniemen.van(v.bsn());
        if (pseudoniem.isEmpty()) {
            fouten.put("bsn", "plaatsing.fout.bsn");
        }
        if (!fouten.isEmpty()) {
            throw new Ongeldig(fouten);
        }
        LocalDate nodig = switch (v.urgentie()) {
            case "crisis" -> op.toLocalDate();
            case "twee-weken" -> op.toLocalDate().plusWeeks(2);
            default -> v.gewenstPer();
        };
        return opslag.voegToe(new Verzoek(0, pseudoniem.get(), v.initialen().strip(), v.geboortedatum(), v.geslacht(), v.gemeente(),
                v.postcode(), leeg(v.schoolPostcode()), v.zorgvormen(), v.doelgroep(), v.urgentie(), nodig, v.broersZussen(),
                leeg(v.toelichting()), new Verzoek.Poorten(leeg(v.poortAmbulant()), leeg(v.poortAnalyse()), leeg(v.poortSchool()),
                null, null), Verzoek.Status.OPEN, door, organisatie, op, null, null, null, null, null, null));
    }

    /** Every field of a new request that cannot be used, as message keys. */
    Map<String, String> controleer(NieuwVerzoek v, LocalDate vandaag) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (v.initialen() == null || !v.initialen().strip().matches("[\\p{L}.\\s-]{1,10}")) {
            fouten.put("initialen", "plaatsing.fout.initialen");
        }
        if (v.geboortedatum() == null || v.geboortedatum().isAfter(vandaag)
                || Period.between(v.geboortedatum(), vandaag).getYears() > 22) {
            fouten.put("geboortedatum", "plaatsing.fout.geboortedatum");
        }
        if (!List.of("m", "v", "x").contains(v.geslacht())) {
            fouten.put("geslacht", "plaatsing.fout.geslacht");
        }
        if (v.gemeente() == null || regio.regio().gemeente(v.gemeente()).isEmpty()) {
            fouten.put("gemeente", "plaatsing.fout.gemeente");
        }
        if (v.postcode() == null || !v.postcode().matches("\\d{4}")) {
            fouten.put("postcode", "plaatsing.fout.postcode");
        }
        if (v.schoolPostcode() != null && !v.schoolPostcode().isBlank() && !v.schoolPostcode().matches("\\d{4}")) {
            fouten.put("schoolPostcode", "plaatsing.fout.postcode");
        }
        if (v.zorgvormen() == null || v.zorgvormen().isEmpty() || !Voorziening.ZORGVORMEN.containsAll(v.zorgvormen())
                || v.zorgvormen().stream().distinct().count() != v.zorgvormen().size()) {
            fouten.put("zorgvormen", "plaatsing.fout.zorgvormen");
        }
        if (!Voorziening.DOELGROEPEN.contains(v.doelgroep())) {
            fouten.put("doelgroep", "plaatsing.fout.doelgroep");
        }
        if (!URGENTIES.contains(v.urgentie())) {
            fouten.put("urgentie", "plaatsing.fout.urgentie");
        } else if (v.urgentie().equals("gepland") && (v.gewenstPer() == null || v.gewenstPer().isBefore(vandaag))) {
            fouten.put("gewenstPer", "plaatsing.fout.gewenstPer");
        }
        if (v.broersZussen() < 1 || v.broersZussen() > 6) {
            fouten.put("broersZussen", "plaatsing.fout.broersZussen");
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("toelichting", v.toelichting());
        teksten.put("poortAmbulant", v.poortAmbulant());
        teksten.put("poortAnalyse", v.poortAnalyse());
        teksten.put("poortSchool", v.poortSchool());
        teksten.forEach((veld, tekst) -> {
            if (tekst != null && tekst.length() > MAX_TEKST) {
                fouten.put(veld, "plaatsing.fout.lang");
            }
        });
        return fouten;
    }

    @Override
    @Transactional
    public void beantwoordPoorten(long id, String ambulant, String analyse, String school, String door) {
        Verzoek v = lopend(id);
        for (String tekst : new String[] {ambulant, analyse, school}) {
            if (tekst != null && tekst.length() > MAX_TEKST) {
                throw new Ongeldig(Map.of("poorten", "plaatsing.fout.lang"));
            }
        }
        opslag.poorten(v.id(), leeg(ambulant), leeg(analyse), leeg(school));
    }

    @Override
    @Transactional
    public void overschrijfPoorten(long id, String reden, String door) {
        Verzoek v = lopend(id);
        opslag.overschrijf(v.id(), door, verplicht(reden, "overschrijving"));
    }

    @Override
    @Transactional
    public long reserveer(long id, String locatie, String door, LocalDateTime op) {
        Verzoek v = lopend(id);
        if (!v.poorten().open()) {
            throw new Ongeldig(Map.of("poorten", "plaatsing.fout.poorten"));
        }
        if (v.status() != Verzoek.Status.OPEN) {
            throw new Ongeldig(Map.of("status", "plaatsing.fout.alGereserveerd"));
        }
        if (plaatsen.van(locatie).isEmpty()) {
            throw new Ongeldig(Map.of("locatie", "plaatsen.fout.locatie"));
        }
        if (!plaatsen.houdVast(locatie, v.broersZussen())) {
            throw new Ongeldig(Map.of("locatie", "plaatsing.fout.nietBeschikbaar"));
        }
        if (!opslag.zetStatus(v.id(), Verzoek.Status.OPEN, Verzoek.Status.GERESERVEERD)) {
            throw new Ongeldig(Map.of("status", "plaatsing.fout.alGereserveerd"));
        }
        return opslag.voegToe(new Reservering(0, v.id(), locatie, v.broersZussen(), Reservering.Status.ACTIEF,
                op.plusDays(reserveringDagen), door, op, null, null, null, null));
    }

    @Override
    @Transactional
    public void accepteer(long reservering, String door, LocalDateTime op) {
        Reservering r = reservering(reservering);
        if (!opslag.beantwoord(r.id(), Reservering.Status.ACTIEF, Reservering.Status.GEACCEPTEERD, door, op, null, null)) {
            throw new Ongeldig(Map.of("reservering", "plaatsing.fout.afgehandeld"));
        }
    }

    @Override
    @Transactional
    public void wijsAf(long reservering, String reden, String toelichting, String door, LocalDateTime op) {
        if (!Reservering.REDENEN.contains(reden)) {
            throw new Ongeldig(Map.of("reden", "plaatsing.fout.reden"));
        }
        if (reden.equals("anders") && (toelichting == null || toelichting.isBlank())) {
            throw new Ongeldig(Map.of("toelichting", "plaatsing.fout.toelichting"));
        }
        Reservering r = reservering(reservering);
        if (!opslag.beantwoord(r.id(), Reservering.Status.ACTIEF, Reservering.Status.AFGEWEZEN, door, op, reden,
                leeg(toelichting))) {
            throw new Ongeldig(Map.of("reservering", "plaatsing.fout.afgehandeld"));
        }
        geefVrij(r);
    }

    @Override
    @Transactional
    public void plaats(long id, LocalDate per, String door, LocalDateTime op) {
        Verzoek v = lopend(id);
        if (per == null || per.isBefore(v.aangevraagdOp().toLocalDate())) {
            throw new Ongeldig(Map.of("per", "plaatsing.fout.per"));
        }
        Reservering r = opslag.reserveringenVan(v.id()).stream().filter(x -> x.status().houdtVast()).findFirst()
                .orElseThrow(() -> new Ongeldig(Map.of("reservering", "plaatsing.fout.geenReservering")));
        if (!opslag.beantwoord(r.id(), r.status(), Reservering.Status.GEPLAATST, null, null, null, null)
                || !opslag.zetStatus(v.id(), Verzoek.Status.GERESERVEERD, Verzoek.Status.GEPLAATST)) {
            throw new Ongeldig(Map.of("reservering", "plaatsing.fout.afgehandeld"));
        }
        plaatsen.neemIn(r.locatie(), r.aantal(), door);
        opslag.geplaatst(v.id(), r.locatie(), per);
        gebeurtenissen.publishEvent(new nl.jeugdregie.placement.PlaatsingVastgelegd(v.jeugdige()));
    }

    @Override
    @Transactional
    public void trekIn(long id, String reden, String door, LocalDateTime op) {
        Verzoek v = lopend(id);
        String r = verplicht(reden, "reden");
        for (Reservering res : opslag.reserveringenVan(v.id())) {
            if (res.status().houdtVast() && opslag.beantwoord(res.id(), res.status(), Reservering.Status.VERVALLEN, null, null, null, null)) {
                plaatsen.laatLos(res.locatie(), res.aantal());
            }
        }
        if (!opslag.zetStatus(v.id(), v.status(), Verzoek.Status.INGETROKKEN)) {
            throw new Ongeldig(Map.of("status", "plaatsing.fout.afgehandeld"));
        }
        opslag.afgesloten(v.id(), r, op);
    }

    @Override
    @Transactional
    public void escaleer(long id, String reden, String door, LocalDateTime op) {
        Verzoek v = lopend(id);
        opslag.geescaleerd(v.id(), verplicht(reden, "reden"), op);
    }

    @Override
    @Transactional
    public int laatVerlopen(LocalDateTime nu) {
        int verlopen = 0;
        for (Reservering r : opslag.verlopen(nu)) {
            if (opslag.beantwoord(r.id(), r.status(), Reservering.Status.VERLOPEN, null, null, null, null)) {
                geefVrij(r);
                verlopen++;
            }
        }
        return verlopen;
    }

    @Override
    @Transactional(readOnly = true)
    public int onbeantwoordVoor(String aanbieder) {
        java.util.Set<String> locaties = regio.regio().voorzieningen().stream().filter(v -> v.aanbieder().equals(aanbieder))
                .map(Voorziening::id).collect(java.util.stream.Collectors.toSet());
        return (int) opslag.reserveringen().stream()
                .filter(r -> r.status() == Reservering.Status.ACTIEF && locaties.contains(r.locatie())).count();
    }

    /** Expired reservations give their places back within a minute (or the interval the region sets). */
    @Scheduled(fixedDelayString = "${jeugdregie.plaatsing.verloopcontrole-ms:60000}",
            initialDelayString = "${jeugdregie.plaatsing.verloopcontrole-ms:60000}")
    void controleerVerlopen() {
        laatVerlopen(LocalDateTime.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Doorlooptijd> doorlooptijden() {
        return doorlooptijden(opslag.verzoeken());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Doorlooptijd> doorlooptijdenVan(java.util.Collection<String> jeugdigen) {
        return doorlooptijden(opslag.verzoekenVan(jeugdigen));
    }

    private List<Doorlooptijd> doorlooptijden(List<Verzoek> verzoeken) {
        Map<String, Voorziening> locaties = regio.regio().voorzieningen().stream()
                .collect(java.util.stream.Collectors.toMap(Voorziening::id, l -> l));
        return verzoeken.stream().filter(v -> v.status() == Verzoek.Status.GEPLAATST && locaties.containsKey(v.geplaatstLocatie()))
                .map(v -> new Doorlooptijd(v.jeugdige(), v.gemeente(), locaties.get(v.geplaatstLocatie()).aanbieder(),
                        locaties.get(v.geplaatstLocatie()).productcode(), v.aangevraagdOp().toLocalDate(), v.geplaatstPer()))
                .toList();
    }

    private void geefVrij(Reservering r) {
        plaatsen.laatLos(r.locatie(), r.aantal());
        opslag.zetStatus(r.verzoek(), Verzoek.Status.GERESERVEERD, Verzoek.Status.OPEN);
    }

    Optional<Verzoek> verzoek(long id) {
        return opslag.verzoek(id);
    }

    List<Verzoek> verzoeken() {
        return opslag.verzoeken();
    }

    List<Reservering> reserveringenVan(long verzoek) {
        return opslag.reserveringenVan(verzoek);
    }

    List<Reservering> reserveringen() {
        return opslag.reserveringen();
    }

    Optional<Reservering> vindReservering(long id) {
        return opslag.reservering(id);
    }

    private Verzoek lopend(long id) {
        Verzoek v = opslag.verzoek(id).orElseThrow(() -> new Ongeldig(Map.of("verzoek", "plaatsing.fout.onbekend")));
        if (!v.lopend()) {
            throw new Ongeldig(Map.of("status", "plaatsing.fout.afgesloten"));
        }
        return v;
    }

    private Reservering reservering(long id) {
        return opslag.reservering(id).orElseThrow(() -> new Ongeldig(Map.of("reservering", "plaatsing.fout.onbekend")));
    }

    private static String verplicht(String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            throw new Ongeldig(Map.of(veld, "plaatsing.fout.verplicht"));
        }
        if (tekst.length() > MAX_TEKST) {
            throw new Ongeldig(Map.of(veld, "plaatsing.fout.lang"));
        }
        return tekst.strip();
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
