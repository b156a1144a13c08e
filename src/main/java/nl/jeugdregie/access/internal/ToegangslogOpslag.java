package nl.jeugdregie.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access log: insert only. There is no update or delete here, and the database refuses them
 * too (a trigger on both engines).
 */
@Repository
class ToegangslogOpslag implements Toegangslog, HuidigeGebruiker {

    /** One entry as the privacy officer reads it. */
    record Regel(long id, LocalDateTime tijdstip, String actie, String uitkomst, String gebruiker, String gebruikerNaam,
                 String rollen, String organisatie, String doel, String jeugdigen, String objectType, String objectId,
                 String bron, String clientIp) {
    }

    /** What the privacy officer searches on; empty fields do not filter. */
    record Zoekvraag(String jeugdige, String gebruiker, String organisatie,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot) {
    }

    private final JdbcClient jdbc;

    ToegangslogOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void leg(Toegang t) {
        Optional<Gebruiker> wie = huidige();
        Optional<Organisatie> sleutelVan = sleutelOrganisatie();
        HttpServletRequest verzoek = verzoek();
        long id = jdbc.sql("select nextval('toegangslog_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into toegangslog (id, tijdstip, actie, uitkomst, gebruiker, gebruiker_naam, rollen,
                            organisatie, doel, jeugdigen, object_type, object_id, bron, client_ip)
                        values (:id, :tijdstip, :actie, :uitkomst, :gebruiker, :naam, :rollen, :org, :doel, :jeugdigen,
                            :type, :object, :bron, :ip)""")
                .param("id", id)
                .param("tijdstip", Timestamp.valueOf(LocalDateTime.now()))
                .param("actie", t.actie().name().toLowerCase())
                .param("uitkomst", t.toegestaan() ? "toegestaan" : "geweigerd")
                .param("gebruiker", wie.map(Gebruiker::gebruikersnaam).orElse(sleutelVan.map(o -> "api-sleutel").orElse(null)), Types.VARCHAR)
                .param("naam", wie.map(Gebruiker::naam).orElse(null), Types.VARCHAR)
                .param("rollen", wie.map(g -> g.rollen().stream().map(Rol::name).sorted().collect(Collectors.joining(","))).orElse(null), Types.VARCHAR)
                .param("org", wie.map(g -> g.organisatie().id()).orElse(sleutelVan.map(Organisatie::id).orElse(null)), Types.VARCHAR)
                .param("doel", t.doel(), Types.VARCHAR)
                .param("jeugdigen", kort(String.join(",", t.jeugdigen()), 4000), Types.VARCHAR)
                .param("type", t.objectType(), Types.VARCHAR)
                .param("object", kort(t.objectId(), 200), Types.VARCHAR)
                .param("bron", verzoek == null ? null : kort(verzoek.getMethod() + " " + verzoek.getRequestURI(), 500), Types.VARCHAR)
                .param("ip", verzoek == null ? null : verzoek.getRemoteAddr(), Types.VARCHAR)
                .update();
    }

    @Override
    public Optional<Gebruiker> huidige() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null) {
            return Optional.empty();
        }
        if (a.getPrincipal() instanceof MetGebruiker m) {
            return Optional.of(m.gebruiker());
        }
        return a instanceof MetGebruiker m ? Optional.of(m.gebruiker()) : Optional.empty();
    }

    private static Optional<Organisatie> sleutelOrganisatie() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof Organisatie o ? Optional.of(o) : Optional.empty();
    }

    List<Regel> zoek(Zoekvraag v, int limit) {
        return jdbc.sql("""
                        select id, tijdstip, actie, uitkomst, gebruiker, gebruiker_naam, rollen, organisatie, doel,
                               jeugdigen, object_type, object_id, bron, client_ip
                        from toegangslog
                        where (:jeugdige is null or jeugdigen like :jeugdigePatroon)
                          and (:gebruiker is null or gebruiker = :gebruiker)
                          and (:organisatie is null or organisatie = :organisatie)
                          and (cast(:van as timestamp) is null or tijdstip >= :van)
                          and (cast(:tot as timestamp) is null or tijdstip < :tot)
                        order by id desc fetch first :limit rows only""")
                .param("jeugdige", leeg(v.jeugdige()), Types.VARCHAR)
                .param("jeugdigePatroon", leeg(v.jeugdige()) == null ? null : "%" + v.jeugdige().strip() + "%", Types.VARCHAR)
                .param("gebruiker", leeg(v.gebruiker()), Types.VARCHAR)
                .param("organisatie", leeg(v.organisatie()), Types.VARCHAR)
                .param("van", v.van() == null ? null : Timestamp.valueOf(v.van().atStartOfDay()), Types.TIMESTAMP)
                .param("tot", v.tot() == null ? null : Timestamp.valueOf(v.tot().plusDays(1).atStartOfDay()), Types.TIMESTAMP)
                .param("limit", limit)
                .query((rs, n) -> new Regel(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14)))
                .list();
    }

    private static HttpServletRequest verzoek() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s ? s.getRequest() : null;
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    private static String kort(String waarde, int max) {
        return waarde == null || waarde.length() <= max ? waarde : waarde.substring(0, max);
    }
}
