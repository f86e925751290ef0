package org.matbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matbank.MatBankApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operator checks the audit log of a data folder from the command line: exit code 0 while the
 * chain is intact; after someone with database superuser rights changed an event behind the
 * trigger's back, exit code 1 and the event named.
 */
class AuditCommandTest {

    @TempDir
    Path dataDir;

    private CliRun matbank(String... arguments) {
        return CliRun.matbank(dataDir, arguments);
    }

    /** What a database superuser can do: switch the trigger off, change a row, switch it on again. */
    private void tamper(String statement) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MatBankApplication.class)
                .web(WebApplicationType.NONE)
                .run("--matbank.data-dir=" + dataDir.toAbsolutePath(), "--matbank.db.url=", "--logging.level.root=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("alter table audit_event disable trigger user").update();
            jdbc.sql(statement).update();
            jdbc.sql("alter table audit_event enable trigger user").update();
        }
    }

    @Test
    void verifyExitsZeroWhileIntactAndOneNamingTheEventAfterTampering() {
        CliRun created = matbank("token", "create", "--name", "ci", "--owner", "operator", "--scope", "read");
        assertThat(created.exitCode()).as(created.err()).isZero();

        CliRun intact = matbank("audit", "verify");
        CliRun list = matbank("audit", "list", "--limit", "5");

        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("intact").contains("2 events").contains("head seq 2");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("token.created").contains("token 'ci'").contains("user.created").contains("system")
                .doesNotContain(created.out().strip());

        tamper("update audit_event set detail = jsonb_set(detail, '{scopes}', '[\"admin\"]') where action = 'token.created'");
        CliRun broken = matbank("audit", "verify");

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("event 2 (token.created)").contains("hash does not match");
    }
}
