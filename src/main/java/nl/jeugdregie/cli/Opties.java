package nl.jeugdregie.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line: a command, its arguments and the common options. */
record Opties(String commando, List<String> argumenten, Path dataDir, String db, String dbUser, String dbPassword,
              String regio, Integer poort, boolean json, Integer jaar, Map<String, String> extra) {

    static Opties lees(String[] args) {
        String commando = null;
        List<String> argumenten = new ArrayList<>();
        Map<String, String> opties = new HashMap<>();
        Map<String, String> extra = new HashMap<>();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = true;
                case "--data-dir", "--db", "--db-user", "--db-password", "--region", "--port", "--jaar" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " verwacht een waarde");
                    }
                    opties.put(a, args[++i]);
                }
                default -> {
                    if (a.startsWith("--") && a.contains("=")) {
                        extra.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                    } else if (a.startsWith("--")) {
                        throw new IllegalArgumentException("onbekende optie " + a);
                    } else if (commando == null) {
                        commando = a;
                    } else {
                        argumenten.add(a);
                    }
                }
            }
        }
        Integer poort = geheel(opties, "--port");
        Integer jaar = geheel(opties, "--jaar");
        return new Opties(commando == null ? "serve" : commando, List.copyOf(argumenten),
                Path.of(opties.getOrDefault("--data-dir", "data")).toAbsolutePath().normalize(),
                opties.get("--db"), opties.get("--db-user"), opties.get("--db-password"), opties.get("--region"),
                poort, json, jaar, Map.copyOf(extra));
    }

    private static Integer geheel(Map<String, String> opties, String naam) {
        try {
            return opties.containsKey(naam) ? Integer.valueOf(opties.get(naam)) : null;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(naam + " verwacht een getal");
        }
    }

    /** Spring properties for these options; {@code --name=value} passes any Spring property through. */
    Map<String, Object> eigenschappen() {
        Map<String, Object> p = new HashMap<>(extra);
        p.put("jeugdregie.data-dir", dataDir.toString());
        if (db != null) {
            java.util.regex.Matcher schema = java.util.regex.Pattern.compile("currentSchema=([A-Za-z0-9_]+)").matcher(db);
            if (schema.find()) {
                p.put("spring.flyway.schemas", schema.group(1));
                p.put("spring.flyway.default-schema", schema.group(1));
            }
            p.put("spring.datasource.url", db);
            p.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            p.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
        }
        if (regio != null) {
            p.put("jeugdregie.regio", Path.of(regio).toAbsolutePath().toString());
        }
        if (poort != null) {
            p.put("server.port", poort);
        }
        return p;
    }

    boolean webserver() {
        return commando.equals("serve") || commando.equals("demo");
    }
}
