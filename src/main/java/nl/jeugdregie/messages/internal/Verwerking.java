package nl.jeugdregie.messages.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Inhoud;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;

/**
 * What the door makes of one raw message before it meets the store: parsed, checked against the
 * region and cleaned — or a rejection with its reason. Pure and thread-safe, so a batch can be
 * processed in parallel.
 */
final class Verwerking {

    /**
     * One processed message: {@code fout} is null when it can be accepted; {@code schoon} is compressed.
     * It keeps the source's name only: the raw bytes are done with, and batches wait for the writer.
     */
    record Resultaat(String bron, String identSleutel, String hash, IjwParser.Kop kop, String gemeente,
                     String aanbieder, Inhoud inhoud, byte[] schoon, String fout, List<String> bevindingen) {
    }

    private final VeiligeXmlLezer lezer = new VeiligeXmlLezer();
    private final IjwParser parser;
    private final Opschoner opschoner;
    private final RegioCatalogus regio;

    Verwerking(Pseudonimiseerder pseudonimiseerder, RegioCatalogus regio, java.util.function.Supplier<java.time.LocalDate> vandaag) {
        this.parser = new IjwParser(pseudonimiseerder, vandaag);
        this.opschoner = new Opschoner(pseudonimiseerder);
        this.regio = regio;
    }

    Resultaat verwerk(BerichtBron bron) {
        if (bron.inhoud() == null) {
            return afgewezen(bron, "leeg:" + bron.naam(), "", bron.leesfout(), null);
        }
        String hash = sha256(bron.inhoud());
        if (bron.inhoud().length > BerichtBronnen.MAX_BYTES) {
            return afgewezen(bron, "?:" + hash, hash, BerichtBronnen.TE_GROOT, null);
        }
        IjwParser.Kop kop = null;
        try {
            XmlElement boom = lezer.lees(bron.inhoud());
            IjwParser.Geparseerd geparseerd = parser.parse(boom, false);
            kop = geparseerd.kop();
            if (bron.afzender() != null && !bron.afzender().equals(kop.afzender())) {
                throw new BerichtFout("element Header/Afzender ongeldig: " + kop.afzender()
                        + " is niet de organisatie van de API-sleutel (" + bron.afzender() + ")");
            }
            String[] partijen = partijen(kop);
            Gemeente gemeente = regio.gemeenteVoorIjwCode(partijen[0]).orElseThrow(() -> new BerichtFout(
                    "gemeente " + partijen[0] + " hoort niet bij regio " + regio.regio().naam()));
            List<String> bevindingen = partijen[1] == null || regio.kentAanbieder(partijen[1]) ? List.of()
                    : List.of("AANBIEDER_ONBEKEND");
            return new Resultaat(bron.naam(), sleutel(kop), hash, kop, gemeente.code(), partijen[1], geparseerd.inhoud(),
                    opschoner.schoonGecomprimeerd(boom), null, bevindingen);
        } catch (BerichtFout fout) {
            IjwParser.Kop bekend = kop != null ? kop : fout.kop();
            return afgewezen(bron, bekend == null ? "?:" + hash : sleutel(bekend), hash, fout.getMessage(), bekend);
        }
    }

    /** For a replay: the stored, already cleaned message through the same parser. */
    IjwParser.Geparseerd herlees(byte[] schoon) throws BerichtFout {
        return parser.parse(lezer.lees(schoon), true);
    }

    private Resultaat afgewezen(BerichtBron bron, String sleutel, String hash, String reden, IjwParser.Kop kop) {
        byte[] ruw = bron.inhoud() == null || bron.inhoud().length > BerichtBronnen.MAX_BYTES ? null
                : BerichtOpslag.comprimeer(opschoner.schoonRuw(bron.inhoud()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Resultaat(bron.naam(), sleutel, hash, kop, null, null, null, ruw, reden, List.of());
    }

    /** The municipality is the party with a four-digit code, the provider the one with eight. */
    private static String[] partijen(IjwParser.Kop kop) throws BerichtFout {
        boolean afzenderIsGemeente = kop.afzender().length() == 4;
        boolean ontvangerIsGemeente = kop.ontvanger().length() == 4;
        if (afzenderIsGemeente == ontvangerIsGemeente) {
            throw new BerichtFout("element Header/Afzender of Header/Ontvanger ongeldig: precies één partij moet een gemeente (4 cijfers) zijn");
        }
        return afzenderIsGemeente
                ? new String[] {kop.afzender(), kop.ontvanger()}
                : new String[] {kop.ontvanger(), kop.afzender()};
    }

    private static String sleutel(IjwParser.Kop kop) {
        return kop.type() + ":" + kop.afzender() + ":" + kop.identificatie();
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
