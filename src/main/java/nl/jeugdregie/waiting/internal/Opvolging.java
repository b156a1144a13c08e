package nl.jeugdregie.waiting.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import nl.jeugdregie.waiting.Wacht;
import org.springframework.stereotype.Service;

/**
 * The follow-up list of individual waiting youths, for those whose task is to follow them up: a
 * municipality its own residents, a provider its own list, the coordination point and the RET the
 * region. Every look is written to the access log, allowed or refused.
 */
@Service
class Opvolging {

    static final String DOEL = "wachtlijst-opvolging";
    /** Pseudonyms per access-log line: the line holds 4,000 characters, and every youth seen must be findable. */
    static final int PER_REGEL = 60;

    /** One waiting youth on one list, as the follow-up list shows it. */
    record Regel(String jeugdige, String gemeente, String aanbieder, String productcode, String segment, String route,
                 LocalDate sinds, long dagen, boolean bovenNorm, List<String> signalen) {
    }

    /** The list, or refused; {@code verweesd}: the waits presumed orphaned, to correct. */
    record Inzage(boolean toegestaan, String reikwijdte, List<Regel> regels, List<Regel> verweesd) {
    }

    private final WachtService wachten;
    private final HuidigeGebruiker huidige;
    private final Toegangslog log;

    Opvolging(WachtService wachten, HuidigeGebruiker huidige, Toegangslog log) {
        this.wachten = wachten;
        this.huidige = huidige;
        this.log = log;
    }

    Inzage bekijk() {
        Optional<Gebruiker> gebruiker = huidige.huidige();
        Optional<Predicate<Wacht>> reikwijdte = gebruiker.flatMap(Opvolging::reikwijdte);
        String omschrijving = gebruiker.map(g -> g.organisatie().code()).orElse("onbekend");
        if (reikwijdte.isEmpty()) {
            log.leg(new Toegang(Toegang.Actie.LEZEN, false, DOEL, List.of(), "wachtenden", omschrijving));
            return new Inzage(false, omschrijving, List.of(), List.of());
        }
        Optional<WachtOverzicht> overzicht = wachten.overzicht(reikwijdte.get());
        List<Regel> regels = overzicht.map(o -> regels(o, o.wachtend())).orElse(List.of());
        List<Regel> verweesd = overzicht.map(o -> regels(o, o.verweesd())).orElse(List.of());
        List<String> jeugdigen = java.util.stream.Stream.concat(regels.stream(), verweesd.stream())
                .map(Regel::jeugdige).distinct().toList();
        for (int i = 0; i == 0 || i < jeugdigen.size(); i += PER_REGEL) {
            log.leg(new Toegang(Toegang.Actie.LEZEN, true, DOEL, jeugdigen.subList(i, Math.min(jeugdigen.size(), i + PER_REGEL)),
                    "wachtenden", omschrijving));
        }
        return new Inzage(true, omschrijving, regels, verweesd);
    }

    private List<Regel> regels(WachtOverzicht o, List<Wacht> lijst) {
        LocalDate peil = wachten.peildatum().orElseThrow();
        return lijst.stream()
                .map(w -> new Regel(w.jeugdige(), w.gemeente(), w.aanbieder(), w.productcode(), w.segment().code(),
                        w.route().name(), w.begin(), w.dagen(peil), o.bovenNorm(w), signalen(o, w)))
                .sorted(Comparator.comparingLong(Regel::dagen).reversed().thenComparing(Regel::jeugdige))
                .toList();
    }

    /** Which of the waiting signals this wait raises, as codes the page and API explain. */
    private static List<String> signalen(WachtOverzicht o, Wacht w) {
        List<String> signalen = new java.util.ArrayList<>();
        if (o.zonderStart(w)) {
            signalen.add("zonder-start");
        }
        if (o.onbeantwoord(w)) {
            signalen.add("onbeantwoord");
        }
        if (o.bovenNorm(w)) {
            signalen.add("boven-norm");
        }
        return signalen;
    }

    /** Whose waits the user may follow up; empty when none. */
    private static Optional<Predicate<Wacht>> reikwijdte(Gebruiker g) {
        if (g.heeft(Rol.REGISSEUR) || g.heeft(Rol.RET)) {
            return Optional.of(w -> true);
        }
        Organisatie o = g.organisatie();
        if (g.heeft(Rol.GEMEENTE) && o.soort() == Organisatie.Soort.GEMEENTE) {
            return Optional.of(w -> o.code().equals(w.gemeente()));
        }
        if (g.heeft(Rol.AANBIEDER) && o.soort() == Organisatie.Soort.AANBIEDER) {
            return Optional.of(w -> o.code().equals(w.aanbieder()));
        }
        return Optional.empty();
    }
}
