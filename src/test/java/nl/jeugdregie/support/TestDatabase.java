package nl.jeugdregie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 database in
 * PostgreSQL mode, or — with {@code -Djeugdregie.test.db=postgres} — a fresh schema on the
 * PostgreSQL server, dropped when the context closes. Also a fresh data directory for the key.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("jeugdregie.test.db", "h2"));
    }

    static String pgUrl() {
        return System.getProperty("jeugdregie.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String naam = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> eigenschappen = new java.util.HashMap<>();
        eigenschappen.put("jeugdregie.data-dir", dataDir());
        if (postgres()) {
            String url = pgUrl();
            eigenschappen.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + naam);
            eigenschappen.putIfAbsent("spring.datasource.username", System.getProperty("jeugdregie.test.pg-user", "postgres"));
            eigenschappen.putIfAbsent("spring.datasource.password", System.getProperty("jeugdregie.test.pg-password", ""));
            if (context.getEnvironment().getProperty("jeugdregie.test.app-rol", Boolean.class, false)) {
                // Production's two roles: Flyway migrates as the owner, the application connects as a role that owns nothing.
                String rol = "app_" + naam;
                String wachtwoord = UUID.randomUUID().toString();
                voerUit("create role " + rol + " login password '" + wachtwoord + "'");
                eigenschappen.put("spring.flyway.user", System.getProperty("jeugdregie.test.pg-user", "postgres"));
                eigenschappen.put("spring.flyway.password", System.getProperty("jeugdregie.test.pg-password", ""));
                eigenschappen.put("spring.datasource.username", rol);
                eigenschappen.put("spring.datasource.password", wachtwoord);
                context.addApplicationListener(e -> {
                    if (e instanceof ContextClosedEvent) {
                        dropSchema(naam);
                        voerUit("drop owned by " + rol);
                        voerUit("drop role if exists " + rol);
                    }
                });
            }
            eigenschappen.put("spring.flyway.schemas", naam);
            eigenschappen.put("spring.flyway.default-schema", naam);
            // Spring keeps every test context alive; small pools keep them all under the server's 100 connections.
            eigenschappen.put("spring.datasource.hikari.maximum-pool-size", 4);
            eigenschappen.put("spring.datasource.hikari.minimum-idle", 1);
            context.addApplicationListener(e -> {
                if (e instanceof ContextClosedEvent) {
                    dropSchema(naam);
                }
            });
        } else {
            eigenschappen.put("spring.datasource.url", "jdbc:h2:mem:" + naam
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testdatabase", eigenschappen));
    }

    private static String dataDir() {
        try {
            return Files.createTempDirectory("jeugdregie-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void voerUit(String sql) {
        try (Connection c = DriverManager.getConnection(pgUrl(), System.getProperty("jeugdregie.test.pg-user", "postgres"),
                System.getProperty("jeugdregie.test.pg-password", ""))) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void dropSchema(String naam) {
        try (Connection c = DriverManager.getConnection(pgUrl(), System.getProperty("jeugdregie.test.pg-user", "postgres"),
                System.getProperty("jeugdregie.test.pg-password", ""))) {
            c.createStatement().execute("drop schema if exists " + naam + " cascade");
        } catch (SQLException e) {
            System.err.println("Kon testschema " + naam + " niet opruimen: " + e.getMessage());
        }
    }
}
