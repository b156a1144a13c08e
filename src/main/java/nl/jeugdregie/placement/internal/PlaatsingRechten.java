package nl.jeugdregie.placement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Reikwijdte;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Voorziening;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and do what with placement requests. The coordination point and the RET see every
 * request; a municipality its residents'; a provider the requests it made (a GI) or that hold a
 * reservation at its locations. Every look at a request is written to the access log.
 */
@Component
class PlaatsingRechten {

    static final String DOEL = "plaatsing";

    private final HuidigeGebruiker huidige;
    private final Toegangslog log;
    private final RegioCatalogus regio;
    private final PlaatsingService plaatsingen;

    PlaatsingRechten(HuidigeGebruiker huidige, Toegangslog log, RegioCatalogus regio, PlaatsingService plaatsingen) {
        this.huidige = huidige;
        this.log = log;
        this.regio = regio;
        this.plaatsingen = plaatsingen;
    }

    Optional<Gebruiker> gebruiker() {
        return huidige.huidige();
    }

    String naam() {
        return huidige.huidige().map(Gebruiker::gebruikersnaam).orElse("onbekend");
    }

    boolean isRegisseur() {
        return huidige.huidige().map(g -> g.heeft(Rol.REGISSEUR)).orElse(false);
    }

    /** A municipality's access worker, the coordination point, or a certified institution (GI). */
    boolean magIndienen() {
        return huidige.huidige().map(g -> g.heeft(Rol.REGISSEUR) || (g.heeft(Rol.GEMEENTE) && eigenGemeente(g).isPresent())
                || (g.heeft(Rol.AANBIEDER) && isGi(g.organisatie()))).orElse(false);
    }

    /** The municipality a municipal user may request for; empty for others. */
    Optional<String> eigenGemeente(Gebruiker g) {
        return g.organisatie().soort() == Organisatie.Soort.GEMEENTE ? Optional.ofNullable(g.organisatie().code()) : Optional.empty();
    }

    Optional<String> eigenAanbieder() {
        return huidige.huidige().map(Gebruiker::organisatie).filter(o -> o.soort() == Organisatie.Soort.AANBIEDER)
                .map(Organisatie::code);
    }

    private boolean isGi(Organisatie o) {
        return o.soort() == Organisatie.Soort.AANBIEDER && regio.regio().aanbieder(o.code())
                .map(a -> a.producten().stream().anyMatch(p -> p.startsWith("47") || p.startsWith("48"))).orElse(false);
    }

    /** The providers a request concerns: the GI that made it and those with a reservation for it. */
    Set<String> aanbieders(Verzoek v) {
        Set<String> locaties = plaatsingen.reserveringenVan(v.id()).stream().map(Reservering::locatie).collect(Collectors.toSet());
        Set<String> uit = regio.regio().voorzieningen().stream().filter(l -> locaties.contains(l.id()))
                .map(Voorziening::aanbieder).collect(Collectors.toSet());
        if (v.organisatie() != null) {
            uit.add(v.organisatie());
        }
        return uit;
    }

    /** What can be done to a request; each has its own policy in {@link #mag}. */
    enum Handeling { POORTEN, OVERSCHRIJVEN, RESERVEREN, PLAATSEN, INTREKKEN, ESCALEREN }

    /**
     * The one policy per action on a request. Seeing a request is not enough to change it: a
     * provider that holds a reservation sees the request, but only answers its own reservation.
     * <ul>
     * <li>the regisseur (coordination point) does everything;</li>
     * <li>the requester — the municipality of residence, or the GI that made the request —
     *     answers the route-map gates and may withdraw the request;</li>
     * <li>overriding the gates, reserving, placing and escalating to the RET: the regisseur only.</li>
     * </ul>
     */
    boolean mag(Handeling handeling, Verzoek v) {
        return huidige.huidige().map(g -> g.heeft(Rol.REGISSEUR) || switch (handeling) {
            case POORTEN, INTREKKEN -> isAanvrager(g, v);
            case OVERSCHRIJVEN, RESERVEREN, PLAATSEN, ESCALEREN -> false;
        }).orElse(false);
    }

    /** The municipality of residence's own staff, or the certified institution that made the request. */
    private static boolean isAanvrager(Gebruiker g, Verzoek v) {
        Organisatie o = g.organisatie();
        return (g.heeft(Rol.GEMEENTE) && o.soort() == Organisatie.Soort.GEMEENTE && v.gemeente().equals(o.code()))
                || (g.heeft(Rol.AANBIEDER) && o.soort() == Organisatie.Soort.AANBIEDER && o.code() != null
                    && o.code().equals(v.organisatie()));
    }

    Optional<String> doel(Verzoek v) {
        return huidige.huidige().flatMap(g -> Reikwijdte.doel(g, List.of(v.gemeente()), aanbieders(v)));
    }

    /** The request if the user may see it, logged either way; 403 otherwise. */
    Verzoek bekijk(Verzoek v) {
        return inzage(v).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "geen taak voor dit plaatsingsverzoek"));
    }

    /** The request if the user may see it, empty if not; the look is logged either way. */
    Optional<Verzoek> inzage(Verzoek v) {
        Optional<String> doel = doel(v);
        log.leg(new Toegang(Toegang.Actie.LEZEN, doel.isPresent(), doel.orElse(DOEL), List.of(v.jeugdige()),
                "plaatsingsverzoek", String.valueOf(v.id())));
        return doel.map(d -> v);
    }

    /** The requests the user may see, logged with every youth shown in lines of 60. */
    List<Verzoek> zichtbaar(List<Verzoek> alle) {
        return zichtbaar(alle, Toegang.Actie.LEZEN);
    }

    /** As {@link #zichtbaar(List)}, logged as the given action (an export is logged as one). */
    List<Verzoek> zichtbaar(List<Verzoek> alle, Toegang.Actie actie) {
        List<Verzoek> uit = alle.stream().filter(v -> doel(v).isPresent()).toList();
        List<String> jeugdigen = new ArrayList<>(uit.stream().map(Verzoek::jeugdige).distinct().toList());
        for (int i = 0; i == 0 || i < jeugdigen.size(); i += 60) {
            log.leg(new Toegang(actie, true, DOEL, jeugdigen.subList(i, Math.min(jeugdigen.size(), i + 60)),
                    "plaatsingsverzoeken", naam()));
        }
        return uit;
    }

    /** A refused action is logged as a refusal to change the request. */
    void weiger(Verzoek v, Handeling handeling) {
        log.leg(new Toegang(Toegang.Actie.WIJZIGEN, false, doel(v).orElse(DOEL), List.of(v.jeugdige()),
                "plaatsingsverzoek " + handeling.name().toLowerCase(), String.valueOf(v.id())));
    }

    void legVast(Toegang.Actie actie, Verzoek v, String wat) {
        log.leg(new Toegang(actie, true, doel(v).orElse(DOEL), List.of(v.jeugdige()), wat, String.valueOf(v.id())));
    }
}
