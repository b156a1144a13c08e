package nl.jeugdregie.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-computed indicator values of a correctness set ({@code verwacht.csv}: indicator; gemeente;
 * aanbieder; segment; periode; begin; waarde; waarom) and their comparison with what was computed.
 */
record Verwachtingen(List<Verwachting> lijst) {

    record Verwachting(String indicator, Doorsnede doorsnede, Periode periode, YearMonth begin, double waarde, String waarom) {
    }

    static Verwachtingen lees(Path csv) throws IOException {
        List<Verwachting> uit = new ArrayList<>();
        for (String regel : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (regel.isBlank() || regel.startsWith("#") || regel.startsWith("indicator;")) {
                continue;
            }
            String[] k = regel.split(";", -1);
            uit.add(new Verwachting(k[0], new Doorsnede(k[1], k[2], k[3]), Periode.vanCode(k[4]).orElseThrow(),
                    YearMonth.parse(k[5]), Double.parseDouble(k[6]), k[7]));
        }
        return new Verwachtingen(uit);
    }

    /** Every expectation the computed value misses, with the reason it should have held. */
    List<String> fouten(Indicatoren indicatoren) {
        List<String> fouten = new ArrayList<>();
        for (Verwachting v : lijst) {
            Double werkelijk = indicatoren.reeks(v.indicator(), v.doorsnede(), v.periode(), v.begin(), v.begin()).stream()
                    .findFirst().map(Waarde::waarde).orElse(null);
            if (werkelijk == null || Math.abs(werkelijk - v.waarde()) > 1e-9) {
                fouten.add(v.indicator() + " " + v.doorsnede() + " " + v.periode().label(v.begin()) + ": verwacht "
                        + v.waarde() + " (" + v.waarom() + "), gekregen " + werkelijk);
            }
        }
        return fouten;
    }
}
