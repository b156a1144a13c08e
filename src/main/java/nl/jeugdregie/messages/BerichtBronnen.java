package nl.jeugdregie.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads messages lazily from a file, a folder (recursively, in name order) or a zip. A file or
 * zip entry over 25 MB is not read but passed on as unreadable, so it is rejected with its reason.
 */
public final class BerichtBronnen {

    public static final int MAX_BYTES = 25 * 1024 * 1024;
    /** The reason a source over {@link #MAX_BYTES} is rejected with. */
    public static final String TE_GROOT = "bestand groter dan 25 MB wordt geweigerd";

    private BerichtBronnen() {
    }

    public static Iterator<BerichtBron> van(Path pad) {
        List<Path> bestanden = bestanden(pad);
        return new Iterator<>() {
            private final Iterator<Path> paden = bestanden.iterator();
            private Iterator<BerichtBron> huidig = List.<BerichtBron>of().iterator();

            @Override
            public boolean hasNext() {
                while (!huidig.hasNext() && paden.hasNext()) {
                    huidig = open(paden.next());
                }
                return huidig.hasNext();
            }

            @Override
            public BerichtBron next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return huidig.next();
            }
        };
    }

    /** How many messages a source holds: XML files plus XML entries of zips. */
    public static long tel(Path pad) {
        long aantal = 0;
        for (Path p : bestanden(pad)) {
            if (p.getFileName().toString().toLowerCase().endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    aantal += zip.stream().filter(e -> !e.isDirectory() && e.getName().toLowerCase().endsWith(".xml")).count();
                } catch (IOException e) {
                    aantal++;
                }
            } else {
                aantal++;
            }
        }
        return aantal;
    }

    private static List<Path> bestanden(Path pad) {
        if (!Files.exists(pad)) {
            throw new IllegalArgumentException("Bestaat niet: " + pad);
        }
        if (!Files.isDirectory(pad)) {
            return List.of(pad);
        }
        try (Stream<Path> alles = Files.walk(pad)) {
            return alles.filter(Files::isRegularFile)
                    .filter(p -> {
                        String naam = p.getFileName().toString().toLowerCase();
                        return naam.endsWith(".xml") || naam.endsWith(".zip");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Iterator<BerichtBron> open(Path bestand) {
        try {
            if (bestand.getFileName().toString().toLowerCase().endsWith(".zip")) {
                return zip(bestand);
            }
            if (Files.size(bestand) > MAX_BYTES) {
                return List.of(BerichtBron.onleesbaar(bestand.toString(), TE_GROOT)).iterator();
            }
            return List.of(BerichtBron.van(bestand.toString(), Files.readAllBytes(bestand))).iterator();
        } catch (IOException e) {
            return List.of(BerichtBron.onleesbaar(bestand.toString(), "bestand kan niet worden gelezen: " + e.getMessage())).iterator();
        }
    }

    /**
     * Entries are read one at a time, when the intake asks for the next message, so a month's zip
     * is never in memory whole; only XML entries count, each capped at 25 MB whatever the zip claims.
     * The zip is closed once its last entry has been read or it turns out unreadable.
     */
    private static Iterator<BerichtBron> zip(Path bestand) {
        ZipFile zip;
        try {
            zip = new ZipFile(bestand.toFile());
        } catch (IOException e) {
            return List.of(BerichtBron.onleesbaar(bestand.toString(), "zip-bestand kan niet worden gelezen: " + e.getMessage())).iterator();
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        return new Iterator<>() {
            private BerichtBron volgende;
            private boolean klaar;

            @Override
            public boolean hasNext() {
                if (volgende == null && !klaar) {
                    volgende = lees();
                }
                return volgende != null;
            }

            @Override
            public BerichtBron next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BerichtBron bron = volgende;
                volgende = null;
                return bron;
            }

            private BerichtBron lees() {
                try {
                    while (entries.hasMoreElements()) {
                        ZipEntry entry = entries.nextElement();
                        if (entry.isDirectory() || !entry.getName().toLowerCase().endsWith(".xml")) {
                            continue;
                        }
                        String naam = bestand + "!" + entry.getName();
                        byte[] inhoud;
                        try (InputStream in = zip.getInputStream(entry)) {
                            inhoud = leesBegrensd(in, entry.getSize());
                        }
                        return inhoud == null
                                ? BerichtBron.onleesbaar(naam, TE_GROOT)
                                : BerichtBron.van(naam, inhoud);
                    }
                    sluit();
                    return null;
                } catch (IOException | RuntimeException e) {
                    sluit();
                    return BerichtBron.onleesbaar(bestand.toString(), "zip-bestand kan niet worden gelezen: " + e.getMessage());
                }
            }

            private void sluit() {
                klaar = true;
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // only read from: closing loses nothing
                }
            }
        };
    }

    /** Reads at most 25 MB; returns null when there is more. */
    public static byte[] leesBegrensd(InputStream in) throws IOException {
        return leesBegrensd(in, -1);
    }

    /**
     * As {@link #leesBegrensd(InputStream)}, into one array of the length the source announced
     * (a zip entry's size, a request's length) when it announced one within the cap; a source that
     * then holds more than it announced is read on, still capped.
     */
    public static byte[] leesBegrensd(InputStream in, long aangekondigd) throws IOException {
        if (aangekondigd < 0 || aangekondigd > MAX_BYTES) {
            byte[] inhoud = in.readNBytes(MAX_BYTES + 1);
            return inhoud.length > MAX_BYTES ? null : inhoud;
        }
        byte[] inhoud = new byte[(int) aangekondigd];
        int gelezen = in.readNBytes(inhoud, 0, inhoud.length);
        if (gelezen < inhoud.length) {
            return Arrays.copyOf(inhoud, gelezen);
        }
        int volgende = in.read();
        if (volgende < 0) {
            return inhoud;
        }
        byte[] rest = in.readNBytes(MAX_BYTES - inhoud.length);
        if (inhoud.length + 1 + rest.length > MAX_BYTES) {
            return null;
        }
        byte[] alles = Arrays.copyOf(inhoud, inhoud.length + 1 + rest.length);
        alles[inhoud.length] = (byte) volgende;
        System.arraycopy(rest, 0, alles, inhoud.length + 1, rest.length);
        return alles;
    }
}
