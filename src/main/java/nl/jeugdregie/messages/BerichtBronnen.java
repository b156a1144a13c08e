package nl.jeugdregie.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads messages lazily from a file, a folder (recursively, in name order) or a zip. A file or
 * zip entry over 25 MB is not read but passed on as unreadable, so it is rejected with its reason.
 */
public final class BerichtBronnen {

    public static final int MAX_BYTES = 25 * 1024 * 1024;

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
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(p.toFile())) {
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
                return List.of(BerichtBron.onleesbaar(bestand.toString(), "bestand groter dan 25 MB wordt geweigerd")).iterator();
            }
            return List.of(BerichtBron.van(bestand.toString(), Files.readAllBytes(bestand))).iterator();
        } catch (IOException e) {
            return List.of(BerichtBron.onleesbaar(bestand.toString(), "bestand kan niet worden gelezen: " + e.getMessage())).iterator();
        }
    }

    /** Entries are read one at a time; only XML entries count, each capped at 25 MB whatever the zip claims. */
    private static Iterator<BerichtBron> zip(Path bestand) throws IOException {
        List<BerichtBron> bronnen = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bestand))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.getName().toLowerCase().endsWith(".xml")) {
                    continue;
                }
                String naam = bestand + "!" + entry.getName();
                byte[] inhoud = leesBegrensd(zip);
                bronnen.add(inhoud == null
                        ? BerichtBron.onleesbaar(naam, "bestand groter dan 25 MB wordt geweigerd")
                        : BerichtBron.van(naam, inhoud));
            }
        } catch (IOException e) {
            bronnen.add(BerichtBron.onleesbaar(bestand.toString(), "zip-bestand kan niet worden gelezen: " + e.getMessage()));
        }
        return bronnen.iterator();
    }

    /** Reads at most 25 MB; returns null when there is more. */
    public static byte[] leesBegrensd(InputStream in) throws IOException {
        byte[] inhoud = in.readNBytes(MAX_BYTES + 1);
        return inhoud.length > MAX_BYTES ? null : inhoud;
    }
}
