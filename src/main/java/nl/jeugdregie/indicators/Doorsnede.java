package nl.jeugdregie.indicators;

import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Segment;

/**
 * Which slice of the region a series describes: the region, one municipality or one provider,
 * and all care, one segment or one care form.
 *
 * @param gemeente  CBS code, or {@link Waarde#REGIO}
 * @param aanbieder AGB code, or {@link Waarde#ALLE}; providers are sliced region-wide only
 * @param segment   segment code, {@link #hulpvorm(Hulpvorm) a care form}, or {@link Waarde#ALLE}
 */
public record Doorsnede(String gemeente, String aanbieder, String segment) {

    public static final String HULPVORM = "hulpvorm-";

    public static Doorsnede regio(String segment) {
        return new Doorsnede(Waarde.REGIO, Waarde.ALLE, segment);
    }

    public static Doorsnede gemeente(String gemeente, String segment) {
        return new Doorsnede(gemeente, Waarde.ALLE, segment);
    }

    public static Doorsnede aanbieder(String aanbieder, String segment) {
        return new Doorsnede(Waarde.REGIO, aanbieder, segment);
    }

    /** The segment value of one care form's series. */
    public static String hulpvorm(Hulpvorm hulpvorm) {
        return HULPVORM + hulpvorm.code();
    }

    public boolean perAanbieder() {
        return !aanbieder.equals(Waarde.ALLE);
    }

    /** Segment codes and care-form slices a user may pick; JB and JR are segments already. */
    public static boolean geldigSegment(String segment) {
        if (segment.equals(Waarde.ALLE)) {
            return true;
        }
        for (Segment s : Segment.values()) {
            if (s.code().equals(segment)) {
                return true;
            }
        }
        for (Hulpvorm h : Hulpvorm.values()) {
            if (h.jeugdhulp() && segment.equals(hulpvorm(h))) {
                return true;
            }
        }
        return false;
    }
}
