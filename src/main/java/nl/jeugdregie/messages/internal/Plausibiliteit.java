package nl.jeugdregie.messages.internal;

import java.time.LocalDate;
import nl.jeugdregie.region.Kalender;

/**
 * The windows a date or number in a message must lie in to be believed. A date that exists but
 * cannot be meant — 9999-12-31 as the start of care — used to be stored and then sized every
 * figure's periods; it is now refused at the door with the element and the bound it broke.
 * The bounds follow the iJw rules where these give one, and the Jeugdwet elsewhere:
 * <ul>
 * <li>Dagtekening: from 1 January 2015 (the Jeugdwet) to tomorrow by the clock (a message is not
 *     dated in the future; one day for clocks that differ).</li>
 * <li>What has happened — Toewijzingsdatum, the begin and end of reported care (JW305/JW307), the
 *     periods of an invoice: from 2015 to the dagtekening (TR134, TR137: not after the dagtekening;
 *     a start or stop is reported after the fact, OP271/OP272).</li>
 * <li>A planned begin — Ingangsdatum of an assignment or request: from 2015 to one year after the
 *     dagtekening.</li>
 * <li>A planned end — Einddatum of an assignment or request: from 2015 to 18 years after the
 *     dagtekening (an assignment runs until adulthood at most: 18 years for a newborn).</li>
 * <li>Geboortedatum: at most 120 years before the dagtekening (TR002) and not after it (TR134).</li>
 * <li>Amounts, tariffs and volumes: 0 to 99,999,999, as the schema's LDT_Bedrag and LDT_Volume.</li>
 * </ul>
 */
final class Plausibiliteit {

    static final long MAXIMUM = 99_999_999L;

    enum Venster {
        GEBEURD(0, 0, "ligt na de dagtekening van het bericht"),
        GEPLAND_BEGIN(0, 1, "ligt meer dan een jaar na de dagtekening van het bericht"),
        GEPLAND_EINDE(0, 18, "ligt meer dan 18 jaar na de dagtekening van het bericht"),
        GEBOORTE(120, 0, "ligt na de dagtekening van het bericht");

        /** Years before the dagtekening a date may lie; 0 means: not before the Jeugdwet. */
        private final int jarenVoor;
        private final int jarenNa;
        private final String teLaat;

        Venster(int jarenVoor, int jarenNa, String teLaat) {
            this.jarenVoor = jarenVoor;
            this.jarenNa = jarenNa;
            this.teLaat = teLaat;
        }

        void controleer(LocalDate datum, LocalDate dagtekening, String element) throws BerichtFout {
            LocalDate vroegst = jarenVoor == 0 ? Kalender.JEUGDWET : dagtekening.minusYears(jarenVoor);
            if (datum.isBefore(vroegst)) {
                throw new BerichtFout("element " + element + " onaannemelijk: " + datum + (jarenVoor == 0
                        ? " ligt voor de invoering van de Jeugdwet (" + Kalender.JEUGDWET + ")"
                        : " ligt meer dan " + jarenVoor + " jaar voor de dagtekening van het bericht (" + dagtekening + ")"));
            }
            if (datum.isAfter(dagtekening.plusYears(jarenNa))) {
                throw new BerichtFout("element " + element + " onaannemelijk: " + datum + " " + teLaat + " (" + dagtekening + ")");
            }
        }
    }

    private Plausibiliteit() {
    }

    static void dagtekening(LocalDate dagtekening, LocalDate vandaag) throws BerichtFout {
        if (dagtekening.isBefore(Kalender.JEUGDWET)) {
            throw new BerichtFout("element Header/BerichtIdentificatie/Dagtekening onaannemelijk: " + dagtekening
                    + " ligt voor de invoering van de Jeugdwet (" + Kalender.JEUGDWET + ")");
        }
        if (dagtekening.isAfter(vandaag.plusDays(1))) {
            throw new BerichtFout("element Header/BerichtIdentificatie/Dagtekening onaannemelijk: " + dagtekening
                    + " ligt in de toekomst (vandaag is " + vandaag + ")");
        }
    }

    static long bedragOfVolume(long waarde, String element) throws BerichtFout {
        if (waarde < 0 || waarde > MAXIMUM) {
            throw new BerichtFout("element " + element + " onaannemelijk: " + waarde
                    + " ligt buiten 0 tot en met " + MAXIMUM + " (schema)");
        }
        return waarde;
    }
}
