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

    record BerichtRegel(long id, String status, String berichttype, String afzender, String ontvanger,
                        String identificatie, String dagtekening, String gemeente, String reden, String bron,
                        LocalDateTime ontvangenOp) {
    }
}
