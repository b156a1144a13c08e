package nl.jeugdregie.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as a page shows it, to download: the same header and rows as CSV (Dutch spreadsheet
 * style: BOM, semicolons, decimal comma) or as an Excel sheet.
 */
public record Tabel(String naam, List<String> koppen, List<List<Object>> rijen) {

    public void alsCsv(OutputStream uit) {
        PrintWriter schrijver = new PrintWriter(new OutputStreamWriter(uit, StandardCharsets.UTF_8));
        schrijver.print('\uFEFF');
        schrijver.println(String.join(";", koppen.stream().map(Csv::cel).toList()));
        for (List<Object> rij : rijen) {
            List<String> cellen = new ArrayList<>(rij.size());
            for (Object waarde : rij) {
                cellen.add(switch (waarde) {
                    case null -> "";
                    case Double d -> getal(d);
                    case Number n -> n.toString();
                    default -> Csv.cel(waarde.toString());
                });
            }
            schrijver.println(String.join(";", cellen));
        }
        schrijver.flush();
    }

    public void alsXlsx(OutputStream uit) throws IOException {
        Xlsx.schrijf(uit, naam, koppen, rijen);
    }

    /** As the download a request asks for: Excel when its path ends in .xlsx, CSV otherwise. */
    public void stuur(HttpServletRequest verzoek, HttpServletResponse antwoord, String bestandsnaam) throws IOException {
        boolean excel = verzoek.getRequestURI().endsWith(".xlsx");
        antwoord.setContentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        antwoord.setHeader("Content-Disposition", "attachment; filename=\"" + bestandsnaam + (excel ? ".xlsx" : ".csv") + "\"");
        if (excel) {
            alsXlsx(antwoord.getOutputStream());
        } else {
            alsCsv(antwoord.getOutputStream());
        }
    }

    /**
     * A number for a spreadsheet in a Dutch locale: decimal comma, no thousands separator (Excel
     * reads "1234567,5" as a number, "1.234.567,5" as text), a whole value without ",0", never
     * the exponent notation Java writes from ten million up.
     */
    public static String getal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
