package nl.jeugdregie.capacity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a provider reports for one location: places occupied, places blocked (staffing,
 * renovation) and why, and planned discharges.
 */
public record Melding(int bezet, int geblokkeerd, String blokkadeReden, List<Uitstroom> uitstroom) {

    /** From {@code per} on, {@code aantal} places come free (a planned discharge). */
    public record Uitstroom(LocalDate per, int aantal) {
    }

    public Melding {
        uitstroom = uitstroom == null ? List.of() : List.copyOf(uitstroom);
        blokkadeReden = blokkadeReden == null || blokkadeReden.isBlank() ? null : blokkadeReden.strip();
    }

    /**
     * What is wrong with the report, per field ({@code bezet}, {@code geblokkeerd},
     * {@code blokkadeReden}, {@code uitstroom}), as message keys; empty when it can be stored.
     *
     * @param gereserveerd places held for placements now, which the provider cannot report away
     * @param vandaag      planned discharges before this day are refused
     */
    public Map<String, String> fouten(int capaciteit, int gereserveerd, LocalDate vandaag) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (bezet < 0) {
            fouten.put("bezet", "plaatsen.fout.negatief");
        }
        if (geblokkeerd < 0) {
            fouten.put("geblokkeerd", "plaatsen.fout.negatief");
        }
        if (fouten.isEmpty() && bezet + geblokkeerd > capaciteit) {
            fouten.put("bezet", "plaatsen.fout.capaciteit");
        } else if (fouten.isEmpty() && bezet + geblokkeerd + gereserveerd > capaciteit) {
            fouten.put("bezet", "plaatsen.fout.reserveringen");
        }
        if (geblokkeerd > 0 && blokkadeReden == null) {
            fouten.put("blokkadeReden", "plaatsen.fout.reden");
        } else if (blokkadeReden != null && blokkadeReden.length() > 200) {
            fouten.put("blokkadeReden", "plaatsen.fout.lang");
        }
        int totaal = 0;
        for (Uitstroom u : uitstroom) {
            if (u.per() == null || u.per().isBefore(vandaag)) {
                fouten.put("uitstroom", "plaatsen.fout.verleden");
            } else if (u.aantal() < 1) {
                fouten.put("uitstroom", "plaatsen.fout.aantal");
            }
            totaal += Math.max(0, u.aantal());
        }
        if (!fouten.containsKey("uitstroom") && totaal > Math.max(0, bezet)) {
            fouten.put("uitstroom", "plaatsen.fout.uitstroom");
        }
        return fouten;
    }
}
