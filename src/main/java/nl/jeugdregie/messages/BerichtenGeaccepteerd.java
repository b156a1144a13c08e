package nl.jeugdregie.messages;

import java.util.List;

/**
 * Published inside the intake's transaction for every batch of newly accepted messages, and
 * by a replay of the message store; listeners derive their facts from it.
 *
 * @param herbouw true while the message store is being replayed
 * @param enkel   true for one message posted on its own (the API): its derivations follow in the
 *                poster's thread, apart from any run that is going on at the same time
 */
public record BerichtenGeaccepteerd(List<Bericht> berichten, boolean herbouw, boolean enkel) {

    public BerichtenGeaccepteerd(List<Bericht> berichten, boolean herbouw) {
        this(berichten, herbouw, false);
    }
}
