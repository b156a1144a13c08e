package nl.jeugdregie;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Driver settings every module's SQL profits from. */
@Configuration
class DatabaseInstellingen {

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
