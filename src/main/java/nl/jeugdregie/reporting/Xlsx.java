package nl.jeugdregie.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** One sheet with a bold header row, numbers as numbers, for whoever continues in Excel. */
public final class Xlsx {

    private Xlsx() {
    }

    public static void schrijf(OutputStream uit, String blad, List<String> koppen, List<List<Object>> rijen) throws IOException {
        Workbook werkboek = new Workbook(uit, "Jeugdregie", "1.0");
        Worksheet ws = werkboek.newWorksheet(blad.length() > 31 ? blad.substring(0, 31) : blad);
        for (int k = 0; k < koppen.size(); k++) {
            ws.value(0, k, koppen.get(k));
            ws.style(0, k).bold().set();
        }
        for (int r = 0; r < rijen.size(); r++) {
            List<Object> rij = rijen.get(r);
            for (int k = 0; k < rij.size(); k++) {
                Object waarde = rij.get(k);
                if (waarde instanceof Number getal) {
                    ws.value(r + 1, k, getal);
                } else if (waarde != null) {
                    ws.value(r + 1, k, waarde.toString());
                }
            }
        }
        ws.freezePane(0, 1);
        werkboek.finish();
    }
}
