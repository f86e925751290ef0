package org.matbank.shared.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source: the server named by {@code matbank.db.url} (environment MATBANK_DB_URL,
 * MATBANK_DB_USER, MATBANK_DB_PASSWORD) or else the embedded PostgreSQL under the data folder.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${matbank.db.url:}") String url,
            @Value("${matbank.data-dir}") String dataDir,
            @Value("${matbank.db.ephemeral:false}") boolean ephemeral) {
        // with an external server there is nothing to start; the bean stays absent
        return url.isBlank() ? EmbeddedDatabase.start(Path.of(dataDir).resolve("postgres"), ephemeral) : null;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ObjectProvider<EmbeddedDatabase> embedded,
            @Value("${matbank.db.url:}") String url,
            @Value("${matbank.db.user:}") String user,
            @Value("${matbank.db.password:}") String password) {
        HikariDataSource source = new HikariDataSource();
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (url.isBlank() && database != null) {
            source.setJdbcUrl(database.jdbcUrl());
            source.setUsername("postgres");
        } else {
            source.setJdbcUrl(url);
            source.setUsername(user);
            source.setPassword(password);
        }
        // batched inserts become multi-row INSERTs: bulk imports wait on round trips, not on PostgreSQL
        source.addDataSourceProperty("reWriteBatchedInserts", "true");
        source.setMaximumPoolSize(10);
        source.setPoolName("matbank");
        return source;
    }
}
