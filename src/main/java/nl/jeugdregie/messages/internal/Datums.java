package nl.jeugdregie.messages.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One LocalDate object per calendar day of 1900–2099 for every message: a region's messages name a
 * few thousand distinct days millions of times. Shared, those objects stay in the processor's
 * cache while the care facts are written; a fresh object per date was a cache miss per value.
 */
final class Datums {

    private static final int EERSTE_JAAR = 1900;
    private static final int JAREN = 200;
    private static final AtomicReferenceArray<LocalDate> DAGEN = new AtomicReferenceArray<>(JAREN * 12 * 31);

    private Datums() {
    }

    /** The date, or {@link java.time.DateTimeException} when it does not exist. */
    static LocalDate van(int jaar, int maand, int dag) {
        if (jaar < EERSTE_JAAR || jaar >= EERSTE_JAAR + JAREN || maand < 1 || maand > 12 || dag < 1 || dag > 31) {
            return LocalDate.of(jaar, maand, dag);
        }
        int plek = ((jaar - EERSTE_JAAR) * 12 + maand - 1) * 31 + dag - 1;
        LocalDate datum = DAGEN.get(plek);
        if (datum == null) {
            datum = LocalDate.of(jaar, maand, dag);
            DAGEN.set(plek, datum);
        }
        return datum;
    }
}
