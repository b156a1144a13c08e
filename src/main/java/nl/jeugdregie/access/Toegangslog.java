package nl.jeugdregie.access;

/** The append-only access log (NEN 7513): every module that shows person-level data records each look. */
public interface Toegangslog {

    void leg(Toegang toegang);
}
