package nl.jeugdregie.placement.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code plaatsingsverzoek} and {@code reservering}. */
@Repository
class VerzoekOpslag {

    private static final String VERZOEK_KOLOMMEN = """
            id, jeugdige, initialen, geboortedatum, geslacht, gemeente, postcode, school_postcode, zorgvormen, doelgroep,
            urgentie, gewenst_per, broers_zussen, toelichting, poort_ambulant, poort_analyse, poort_school,
            poorten_overschreven_door, poorten_overschreven_reden, status, aangevraagd_door, organisatie, aangevraagd_op,
            geplaatst_locatie, geplaatst_per, afgesloten_reden, afgesloten_op, geescaleerd_op, geescaleerd_reden""";

    private static final String RESERVERING_KOLOMMEN = """
            id, verzoek, locatie, aantal, status, geldig_tot, door, op, antwoord_door, antwoord_op, reden_code, reden_tekst""";

    private final JdbcClient jdbc;

    VerzoekOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long voegToe(Verzoek v) {
        long id = jdbc.sql("select nextval('plaatsingsverzoek_id_seq')").query(Long.class).single();
        jdbc.sql("insert into plaatsingsverzoek (" + VERZOEK_KOLOMMEN + """
                        ) values (:id, :jeugdige, :initialen, :geboortedatum, :geslacht, :gemeente, :postcode, :school, :zorgvormen,
                        :doelgroep, :urgentie, :gewenst, :broers, :toelichting, :ambulant, :analyse, :poortSchool, null, null,
                        :status, :door, :organisatie, :op, null, null, null, null, null, null)""")
                .param("id", id).param("jeugdige", v.jeugdige()).param("initialen", v.initialen())
                .param("geboortedatum", Date.valueOf(v.geboortedatum())).param("geslacht", v.geslacht())
                .param("gemeente", v.gemeente()).param("postcode", v.postcode()).param("school", v.schoolPostcode())
                .param("zorgvormen", String.join(",", v.zorgvormen())).param("doelgroep", v.doelgroep())
                .param("urgentie", v.urgentie()).param("gewenst", Date.valueOf(v.gewenstPer())).param("broers", v.broersZussen())
                .param("toelichting", v.toelichting()).param("ambulant", v.poorten().ambulant())
                .param("analyse", v.poorten().analyse()).param("poortSchool", v.poorten().school())
                .param("status", v.status().name()).param("door", v.aangevraagdDoor()).param("organisatie", v.organisatie())
                .param("op", Timestamp.valueOf(v.aangevraagdOp())).update();
        return id;
    }

    Optional<Verzoek> verzoek(long id) {
        return jdbc.sql("select " + VERZOEK_KOLOMMEN + " from plaatsingsverzoek where id = :id").param("id", id)
                .query(VerzoekOpslag::verzoek).optional();
    }

    /** Newest first. */
    List<Verzoek> verzoeken() {
        return jdbc.sql("select " + VERZOEK_KOLOMMEN + " from plaatsingsverzoek order by aangevraagd_op desc, id desc")
                .query(VerzoekOpslag::verzoek).list();
    }

    List<Verzoek> verzoekenVan(java.util.Collection<String> jeugdigen) {
        if (jeugdigen.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + VERZOEK_KOLOMMEN + " from plaatsingsverzoek where jeugdige in (:j) order by id")
                .param("j", jeugdigen).query(VerzoekOpslag::verzoek).list();
    }

    void poorten(long id, String ambulant, String analyse, String school) {
        jdbc.sql("update plaatsingsverzoek set poort_ambulant = :a, poort_analyse = :b, poort_school = :s where id = :id")
                .param("a", ambulant).param("b", analyse).param("s", school).param("id", id).update();
    }

    void overschrijf(long id, String door, String reden) {
        jdbc.sql("update plaatsingsverzoek set poorten_overschreven_door = :d, poorten_overschreven_reden = :r where id = :id")
                .param("d", door).param("r", reden).param("id", id).update();
    }

    /** Changes the status only from the one expected, so two people acting at once cannot both succeed. */
    boolean zetStatus(long id, Verzoek.Status van, Verzoek.Status naar) {
        return jdbc.sql("update plaatsingsverzoek set status = :naar where id = :id and status = :van")
                .param("naar", naar.name()).param("van", van.name()).param("id", id).update() == 1;
    }

    void geplaatst(long id, String locatie, LocalDate per) {
        jdbc.sql("update plaatsingsverzoek set geplaatst_locatie = :l, geplaatst_per = :p where id = :id")
                .param("l", locatie).param("p", Date.valueOf(per)).param("id", id).update();
    }

    void afgesloten(long id, String reden, LocalDateTime op) {
        jdbc.sql("update plaatsingsverzoek set afgesloten_reden = :r, afgesloten_op = :op where id = :id")
                .param("r", reden).param("op", Timestamp.valueOf(op)).param("id", id).update();
    }

    void geescaleerd(long id, String reden, LocalDateTime op) {
        jdbc.sql("update plaatsingsverzoek set geescaleerd_reden = :r, geescaleerd_op = :op where id = :id")
                .param("r", reden).param("op", Timestamp.valueOf(op)).param("id", id).update();
    }

    long voegToe(Reservering r) {
        long id = jdbc.sql("select nextval('reservering_id_seq')").query(Long.class).single();
        jdbc.sql("insert into reservering (" + RESERVERING_KOLOMMEN + """
                        ) values (:id, :verzoek, :locatie, :aantal, :status, :tot, :door, :op, null, null, null, null)""")
                .param("id", id).param("verzoek", r.verzoek()).param("locatie", r.locatie()).param("aantal", r.aantal())
                .param("status", r.status().name()).param("tot", Timestamp.valueOf(r.geldigTot())).param("door", r.door())
                .param("op", Timestamp.valueOf(r.op())).update();
        return id;
    }

    Optional<Reservering> reservering(long id) {
        return jdbc.sql("select " + RESERVERING_KOLOMMEN + " from reservering where id = :id").param("id", id)
                .query(VerzoekOpslag::reservering).optional();
    }

    List<Reservering> reserveringenVan(long verzoek) {
        return jdbc.sql("select " + RESERVERING_KOLOMMEN + " from reservering where verzoek = :v order by op desc, id desc")
                .param("v", verzoek).query(VerzoekOpslag::reservering).list();
    }

    List<Reservering> reserveringen() {
        return jdbc.sql("select " + RESERVERING_KOLOMMEN + " from reservering order by op desc, id desc")
                .query(VerzoekOpslag::reservering).list();
    }

    List<Reservering> verlopen(LocalDateTime nu) {
        return jdbc.sql("select " + RESERVERING_KOLOMMEN + " from reservering where status in ('ACTIEF', 'GEACCEPTEERD') and geldig_tot < :nu")
                .param("nu", Timestamp.valueOf(nu)).query(VerzoekOpslag::reservering).list();
    }

    /**
     * Moves a reservation from one status to the next, with the answer, only when it still has the
     * status expected: an expiry and an answer arriving together cannot both take effect.
     */
    boolean beantwoord(long id, Reservering.Status van, Reservering.Status naar, String door, LocalDateTime op, String reden,
                       String tekst) {
        return jdbc.sql("""
                        update reservering set status = :naar, antwoord_door = coalesce(:door, antwoord_door),
                        antwoord_op = coalesce(:op, antwoord_op), reden_code = coalesce(:reden, reden_code),
                        reden_tekst = coalesce(:tekst, reden_tekst) where id = :id and status = :van""")
                .param("naar", naar.name()).param("door", door).param("op", op == null ? null : Timestamp.valueOf(op))
                .param("reden", reden).param("tekst", tekst).param("id", id).param("van", van.name()).update() == 1;
    }

    private static Verzoek verzoek(ResultSet rs, int n) throws SQLException {
        return new Verzoek(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), Arrays.asList(rs.getString(9).split(",")), rs.getString(10),
                rs.getString(11), rs.getDate(12).toLocalDate(), rs.getInt(13), rs.getString(14),
                new Verzoek.Poorten(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19)),
                Verzoek.Status.valueOf(rs.getString(20)), rs.getString(21), rs.getString(22), tijd(rs.getTimestamp(23)),
                rs.getString(24), rs.getDate(25) == null ? null : rs.getDate(25).toLocalDate(), rs.getString(26),
                tijd(rs.getTimestamp(27)), tijd(rs.getTimestamp(28)), rs.getString(29));
    }

    private static Reservering reservering(ResultSet rs, int n) throws SQLException {
        return new Reservering(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), Reservering.Status.valueOf(rs.getString(5)),
                tijd(rs.getTimestamp(6)), rs.getString(7), tijd(rs.getTimestamp(8)), rs.getString(9), tijd(rs.getTimestamp(10)),
                rs.getString(11), rs.getString(12));
    }

    private static LocalDateTime tijd(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
