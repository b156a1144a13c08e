package nl.jeugdregie.web.internal;

import java.time.YearMonth;
import nl.jeugdregie.region.Opmaak;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link Opmaak} for the templates, in the language of the request: {@code ${@opmaak.waarde(w.waarde, eenheid)}}.
 */
@Component("opmaak")
class OpmaakInPaginas {

    public String waarde(Double waarde, String eenheid) {
        return Opmaak.waarde(waarde, eenheid, LocaleContextHolder.getLocale());
    }

    public String aantal(Number aantal) {
        return aantal == null ? Opmaak.GEEN : Opmaak.aantal(aantal.longValue(), LocaleContextHolder.getLocale());
    }

    public String decimaal(Number waarde) {
        return waarde == null ? Opmaak.GEEN : Opmaak.decimaal(waarde.doubleValue(), LocaleContextHolder.getLocale());
    }

    public String procent(Number waarde) {
        return waarde == null ? Opmaak.GEEN : Opmaak.procent(waarde.doubleValue(), LocaleContextHolder.getLocale());
    }

    public String verandering(Double procent) {
        return Opmaak.verandering(procent, LocaleContextHolder.getLocale());
    }

    public String maand(YearMonth maand) {
        return Opmaak.maand(maand, LocaleContextHolder.getLocale());
    }

    /** The locale tag the chart script formats its axes and tooltips with. */
    public String taal() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en-GB" : "nl-NL";
    }
}
