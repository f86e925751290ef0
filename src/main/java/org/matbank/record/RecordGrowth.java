package org.matbank.record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.matbank.access.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the bank grew: materials stored per day, counting only those the audience may see. */
@Component
public class RecordGrowth {

    /** Materials (specs and runs) first stored on a day, and all stored up to its end. */
    public record Day(LocalDate day, long added, long total) {
    }

    private final JdbcClient jdbc;

    RecordGrowth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The days on which materials were added, oldest first. */
    public List<Day> materialsPerDay(Audience audience) {
        return jdbc.sql("""
                select day, added, sum(added) over (order by day) as total from (
                    select (created_at at time zone 'UTC')::date as day, count(*) as added from record_object
                    where kind in ('material_run', 'material_spec')
                      and (dataset_id is null or :everything or dataset_id = any(:datasets))
                    group by 1) per_day
                order by day""")
                .param("everything", audience.everything())
                .param("datasets", audience.datasets().toArray(UUID[]::new))
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3))).list();
    }
}
