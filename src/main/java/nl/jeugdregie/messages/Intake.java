package nl.jeugdregie.messages;

import java.util.Iterator;
import java.util.function.Consumer;

/** The door for iJw messages: every message gets an outcome, a bad one never stops the rest. */
public interface Intake {

    /** Takes in all messages of a source, in batches; {@code voortgang} hears the running totals. */
    IntakeTelling ontvang(Iterator<BerichtBron> bronnen, Consumer<IntakeTelling> voortgang);

    Uitkomst ontvangEen(BerichtBron bron);

    /** Replays every accepted message of the store through the parser, for a rebuild of derived facts. */
    long herbouw(Consumer<Long> voortgang);
}
