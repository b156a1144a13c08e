package nl.jeugdregie.placement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.placement.Plaatsingen;

/** A new request from the form's fields; what is not a date or a number is marked at its field. */
final class VerzoekFormulier {

    private VerzoekFormulier() {
    }

    static Plaatsingen.NieuwVerzoek lees(Map<String, String> velden, Map<String, String> fouten) {
        LocalDate geboortedatum = datum(velden.get("geboortedatum"));
        if (geboortedatum == null) {
            fouten.put("geboortedatum", "plaatsing.fout.geboortedatum");
        }
        String gewenst = velden.getOrDefault("gewenstPer", "");
        LocalDate gewenstPer = gewenst.isBlank() ? null : datum(gewenst);
        if (!gewenst.isBlank() && gewenstPer == null) {
            fouten.put("gewenstPer", "plaatsing.fout.gewenstPer");
        }
        int broersZussen = 0;
        try {
            broersZussen = Integer.parseInt(velden.getOrDefault("broersZussen", "1").strip());
        } catch (NumberFormatException e) {
            fouten.put("broersZussen", "plaatsing.fout.broersZussen");
        }
        List<String> zorgvormen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String z = velden.getOrDefault("zorgvorm" + i, "").strip();
            if (!z.isEmpty()) {
                zorgvormen.add(z);
            }
        }
        return new Plaatsingen.NieuwVerzoek(velden.get("bsn"), velden.get("initialen"), geboortedatum, velden.get("geslacht"),
                velden.get("gemeente"), schoon(velden.get("postcode")), schoon(velden.get("schoolPostcode")), zorgvormen,
                velden.get("doelgroep"), velden.get("urgentie"), gewenstPer, broersZussen, velden.get("toelichting"),
                velden.get("poortAmbulant"), velden.get("poortAnalyse"), velden.get("poortSchool"));
    }

    static LocalDate datum(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "7607 AB" and "7607AB" are taken as their four digits: the letters are not needed, so not kept. */
    private static String schoon(String postcode) {
        if (postcode == null) {
            return null;
        }
        String s = postcode.strip().toUpperCase();
        return s.matches("\\d{4}\\s?[A-Z]{2}") ? s.substring(0, 4) : s;
    }
}
