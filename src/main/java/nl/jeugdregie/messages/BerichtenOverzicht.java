package nl.jeugdregie.messages;

import java.time.LocalDateTime;
import java.util.List;

/** Read side of the message store. */
public interface BerichtenOverzicht {

    IntakeTelling telling();

    List<BerichtRegel> lijst(String status, int offset, int limit);

    long aantal(String status);

    java.util.Optional<BerichtRegel> een(long id);

    List<String> onbekendeAanbieders();

    /** Per municipality the newest accepted message: how far its data reach. */
    List<Aanlevering> aanleveringen();

    /**
     * @param gemeente           CBS code
     * @param laatsteDagtekening the newest message date among its accepted messages
     * @param laatstOntvangen    when the newest of them was received
     */
    record Aanlevering(String gemeente, java.time.LocalDate laatsteDagtekening, LocalDateTime laatstOntvangen) {
    }

    record BerichtRegel(long id, String status, String berichttype, String afzender, String ontvanger,
                        String identificatie, String dagtekening, String gemeente, String reden, String bron,
                        LocalDateTime ontvangenOp) {
    }
}
