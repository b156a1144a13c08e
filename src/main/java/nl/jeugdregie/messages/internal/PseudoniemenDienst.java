package nl.jeugdregie.messages.internal;

import java.util.Optional;
import nl.jeugdregie.messages.Pseudoniemen;
import org.springframework.stereotype.Component;

@Component
class PseudoniemenDienst implements Pseudoniemen {

    private final Pseudonimiseerder pseudonimiseerder;

    PseudoniemenDienst(Pseudonimiseerder pseudonimiseerder) {
        this.pseudonimiseerder = pseudonimiseerder;
    }

    @Override
    public Optional<String> van(String bsn) {
        String schoon = bsn == null ? "" : bsn.replaceAll("[\\s.]", "");
        return Pseudonimiseerder.isGeldigBsn(schoon) ? Optional.of(pseudonimiseerder.pseudoniem(schoon)) : Optional.empty();
    }
}
