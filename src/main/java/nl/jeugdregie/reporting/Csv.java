package nl.jeugdregie.reporting;

/** CSV as Dutch spreadsheets read it: semicolons, quoted cells, formulas defused. */
public final class Csv {

    private Csv() {
    }

    /** Quotes a cell, and prefixes text a spreadsheet would run as a formula (=, +, -, @). */
    public static String cel(String waarde) {
        if (waarde == null) {
            return "";
        }
        String veilig = !waarde.isEmpty() && "=+-@".indexOf(waarde.charAt(0)) >= 0 ? "'" + waarde : waarde;
        return "\"" + veilig.replace("\"", "\"\"") + "\"";
    }
}
