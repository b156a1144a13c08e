package nl.jeugdregie.messages;

import java.util.List;

/**
 * Published inside the intake's transaction for every batch of newly accepted messages, and
 * by a replay of the message store; listeners derive their facts from it.
 *
 * @param herbouw true while the message store is being replayed
 */
public record BerichtenGeaccepteerd(List<Bericht> berichten, boolean herbouw) {
}
