package nl.jeugdregie;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Driver settings every module's SQL profits from. */
@Configuration
class DatabaseInstellingen {

    /**
     * Two roles on PostgreSQL: Flyway migrates as the owner ({@code spring.flyway.user}), the
     * application connects as a role that owns nothing ({@code spring.datasource.username}); the
     * migrations' afterMigrate callback grants that role its data rights — and on the access log
     * only SELECT and INSERT — so the application can neither empty the log nor drop its triggers.
     */
    @Bean
    static org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer applicatieRol(
            org.springframework.core.env.Environment omgeving) {
        return configuratie -> {
            String eigenaar = omgeving.getProperty("spring.flyway.user", "");
            String applicatie = omgeving.getProperty("spring.datasource.username", "");
            if (!eigenaar.isBlank() && !applicatie.isBlank() && !eigenaar.equals(applicatie)) {
                java.util.Map<String, String> placeholders = new java.util.HashMap<>(configuratie.getPlaceholders());
                placeholders.put("app_rol", applicatie);
                configuratie.placeholders(placeholders);
            }
        };
    }

    /** PostgreSQL: JDBC batches become multi-row inserts, one round trip instead of one per row. */
    @Bean
    static BeanPostProcessor postgresBatches() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null
                        && ds.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    ds.addDataSourceProperty("reWriteBatchedInserts", "true");
                }
                return bean;
            }
        };
    }
}
