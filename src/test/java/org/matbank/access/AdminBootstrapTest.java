package org.matbank.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matbank.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator: made on the first start, with a random password, never a second time. */
class AdminBootstrapTest extends HttpApiTest {

    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFirstStartMadeOneAdministratorWithAnArgon2HashAndASecondRunMakesNone() {
        assertThat(jdbc.sql("select password_hash from app_user where login = 'admin' and administrator").query(String.class)
                .single()).startsWith("$argon2id$");

        assertThat(bootstrap.createFirstAdministrator()).isEmpty();
    }

    @Test
    void withNoActiveAdministratorTheBootstrapMakesOneWhosePrintedPasswordSignsIn() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.sql("update app_user set disabled_at = now() where administrator").update();

            AdminBootstrap.Created created = bootstrap.createFirstAdministrator().orElseThrow();
            AdminBootstrap.Created again = bootstrap.createFirstAdministrator().orElse(null);

            assertThat(created.login()).startsWith("admin").isNotEqualTo("admin"); // the disabled one keeps its login
            assertThat(created.password()).hasSize(20).isNotEqualTo("admin");
            String hash = jdbc.sql("select password_hash from app_user where login = ?").param(created.login())
                    .query(String.class).single();
            assertThat(encoder.matches(created.password(), hash)).isTrue();
            assertThat(hash).doesNotContain(created.password());
            assertThat(again).isNull();
            status.setRollbackOnly();
        });
    }
}
