package nl.jeugdregie.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, users, roles and API keys. */
@Repository
class GebruikersOpslag {

    /** A user with what sign-in needs. */
    record Account(Gebruiker gebruiker, String wachtwoordHash, int mislukt, LocalDateTime geblokkeerdTot, boolean actief) {
    }

    /** A stored API key: only a hash of the secret part. */
    record Sleutel(long id, Organisatie organisatie, String hash, LocalDateTime ingetrokken) {
    }

    private final JdbcClient jdbc;

    GebruikersOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void bewaarOrganisatie(Organisatie o) {
        int bijgewerkt = jdbc.sql("update organisatie set naam = :naam, soort = :soort, code = :code where id = :id")
                .param("naam", o.naam()).param("soort", o.soort().name()).param("code", o.code()).param("id", o.id())
                .update();
        if (bijgewerkt == 0) {
            jdbc.sql("insert into organisatie (id, naam, soort, code) values (:id, :naam, :soort, :code)")
                    .param("id", o.id()).param("naam", o.naam()).param("soort", o.soort().name()).param("code", o.code())
                    .update();
        }
    }

    Optional<Organisatie> organisatie(String id) {
        return jdbc.sql("select id, naam, soort, code from organisatie where id = :id").param("id", id)
                .query(GebruikersOpslag::organisatie).optional();
    }

    Optional<Account> account(String gebruikersnaam) {
        return jdbc.sql("""
                        select g.id, g.gebruikersnaam, g.naam, o.id, o.naam, o.soort, o.code,
                               g.wachtwoord_hash, g.mislukte_pogingen, g.geblokkeerd_tot, g.actief
                        from gebruiker g join organisatie o on o.id = g.organisatie_id
                        where g.gebruikersnaam = :naam""")
                .param("naam", gebruikersnaam)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    Gebruiker g = new Gebruiker(id, rs.getString(2), rs.getString(3),
                            new Organisatie(rs.getString(4), rs.getString(5), Organisatie.Soort.valueOf(rs.getString(6)),
                                    rs.getString(7)), rollen(id));
                    Timestamp blok = rs.getTimestamp(10);
                    return new Account(g, rs.getString(8), rs.getInt(9), blok == null ? null : blok.toLocalDateTime(),
                            rs.getBoolean(11));
                })
                .optional();
    }

    private Set<Rol> rollen(long gebruikerId) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        jdbc.sql("select rol from gebruiker_rol where gebruiker_id = :id").param("id", gebruikerId)
                .query(String.class).list().forEach(r -> rollen.add(Rol.valueOf(r)));
        return rollen;
    }

    /** Creates the user, or gives an existing one this name, organisation, roles and password. */
    long bewaarGebruiker(String gebruikersnaam, String naam, String organisatieId, Set<Rol> rollen, String wachtwoordHash) {
        Optional<Long> bestaand = jdbc.sql("select id from gebruiker where gebruikersnaam = :n").param("n", gebruikersnaam)
                .query(Long.class).optional();
        long id;
        if (bestaand.isPresent()) {
            id = bestaand.get();
            jdbc.sql("""
                            update gebruiker set naam = :naam, organisatie_id = :org, wachtwoord_hash = :hash,
                                   mislukte_pogingen = 0, geblokkeerd_tot = null, actief = true where id = :id""")
                    .param("naam", naam).param("org", organisatieId).param("hash", wachtwoordHash).param("id", id).update();
            jdbc.sql("delete from gebruiker_rol where gebruiker_id = :id").param("id", id).update();
        } else {
            id = jdbc.sql("select nextval('gebruiker_id_seq')").query(Long.class).single();
            jdbc.sql("""
                            insert into gebruiker (id, gebruikersnaam, naam, organisatie_id, wachtwoord_hash,
                                mislukte_pogingen, actief, aangemaakt_op)
                            values (:id, :gebruikersnaam, :naam, :org, :hash, 0, true, :nu)""")
                    .param("id", id).param("gebruikersnaam", gebruikersnaam).param("naam", naam).param("org", organisatieId)
                    .param("hash", wachtwoordHash).param("nu", Timestamp.valueOf(LocalDateTime.now())).update();
        }
        for (Rol rol : rollen) {
            jdbc.sql("insert into gebruiker_rol (gebruiker_id, rol) values (:id, :rol)").param("id", id)
                    .param("rol", rol.name()).update();
        }
        return id;
    }

    /** Counts a failed sign-in; the fifth in a row blocks the account until {@code blokkeerTot}. */
    void mislukt(String gebruikersnaam, int maximum, LocalDateTime blokkeerTot) {
        jdbc.sql("update gebruiker set mislukte_pogingen = mislukte_pogingen + 1 where gebruikersnaam = :n")
                .param("n", gebruikersnaam).update();
        jdbc.sql("""
                        update gebruiker set geblokkeerd_tot = :tot, mislukte_pogingen = 0
                        where gebruikersnaam = :n and mislukte_pogingen >= :max""")
                .param("tot", Timestamp.valueOf(blokkeerTot)).param("n", gebruikersnaam).param("max", maximum).update();
    }

    void gelukt(String gebruikersnaam) {
        jdbc.sql("update gebruiker set mislukte_pogingen = 0, geblokkeerd_tot = null where gebruikersnaam = :n")
                .param("n", gebruikersnaam).update();
    }

    long bewaarSleutel(String organisatieId, String omschrijving, String voorvoegsel, String hash) {
        long id = jdbc.sql("select nextval('api_sleutel_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into api_sleutel (id, organisatie_id, omschrijving, voorvoegsel, hash, aangemaakt_op)
                        values (:id, :org, :oms, :vv, :hash, :nu)""")
                .param("id", id).param("org", organisatieId).param("oms", omschrijving).param("vv", voorvoegsel)
                .param("hash", hash).param("nu", Timestamp.valueOf(LocalDateTime.now())).update();
        return id;
    }

    Optional<Sleutel> sleutel(String voorvoegsel) {
        return jdbc.sql("""
                        select s.id, o.id, o.naam, o.soort, o.code, s.hash, s.ingetrokken_op
                        from api_sleutel s join organisatie o on o.id = s.organisatie_id where s.voorvoegsel = :vv""")
                .param("vv", voorvoegsel)
                .query((rs, n) -> new Sleutel(rs.getLong(1),
                        new Organisatie(rs.getString(2), rs.getString(3), Organisatie.Soort.valueOf(rs.getString(4)),
                                rs.getString(5)),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toLocalDateTime()))
                .optional();
    }

    void sleutelGebruikt(long id) {
        jdbc.sql("update api_sleutel set laatst_gebruikt_op = :nu where id = :id")
                .param("nu", Timestamp.valueOf(LocalDateTime.now())).param("id", id).update();
    }

    void trekSleutelIn(long id) {
        jdbc.sql("update api_sleutel set ingetrokken_op = :nu where id = :id and ingetrokken_op is null")
                .param("nu", Timestamp.valueOf(LocalDateTime.now())).param("id", id).update();
    }

    /** A user as the administrator sees them: no password. */
    record Overzicht(long id, String gebruikersnaam, String naam, String organisatie, String rollen, boolean actief,
                     LocalDateTime geblokkeerdTot) {
    }

    /** An API key as the administrator sees it: never the key itself. */
    record SleutelOverzicht(long id, String organisatie, String omschrijving, String voorvoegsel, LocalDateTime aangemaakt,
                            LocalDateTime ingetrokken, LocalDateTime laatstGebruikt) {
    }

    List<Overzicht> gebruikers() {
        return jdbc.sql("""
                        select g.id, g.gebruikersnaam, g.naam, g.organisatie_id, g.actief, g.geblokkeerd_tot
                        from gebruiker g order by g.organisatie_id, g.gebruikersnaam""")
                .query((rs, n) -> new Overzicht(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.join(", ", rollen(rs.getLong(1)).stream().map(Rol::name).sorted().toList()), rs.getBoolean(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime()))
                .list();
    }

    List<SleutelOverzicht> sleutels() {
        return jdbc.sql("""
                        select id, organisatie_id, omschrijving, voorvoegsel, aangemaakt_op, ingetrokken_op, laatst_gebruikt_op
                        from api_sleutel order by organisatie_id, id""")
                .query((rs, n) -> new SleutelOverzicht(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        tijd(rs, 5), tijd(rs, 6), tijd(rs, 7)))
                .list();
    }

    void zetActief(String gebruikersnaam, boolean actief) {
        jdbc.sql("update gebruiker set actief = :a where gebruikersnaam = :n").param("a", actief).param("n", gebruikersnaam)
                .update();
    }

    private static LocalDateTime tijd(ResultSet rs, int kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toLocalDateTime();
    }

    List<Organisatie> organisaties() {
        return jdbc.sql("select id, naam, soort, code from organisatie order by soort, naam")
                .query(GebruikersOpslag::organisatie).list();
    }

    private static Organisatie organisatie(ResultSet rs, int n) throws SQLException {
        return new Organisatie(rs.getString(1), rs.getString(2), Organisatie.Soort.valueOf(rs.getString(3)), rs.getString(4));
    }
}
