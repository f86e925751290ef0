package org.matbank.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetRole;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Contributor credit, the basis of the incentive for sharing data: per dataset and per
 * organisation, the records contributed, the exports and records downloaded, the releases holding
 * them with their downloads and reported citations. Seen by the dataset's members (the
 * organisation's users for an organisation) and administrators.
 */
@Service
public class CreditService {

    private final JdbcClient jdbc;
    private final DatasetAccess access;

    CreditService(JdbcClient jdbc, DatasetAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public Credit.OfDataset ofDataset(Caller caller, UUID id) {
        access.require(caller, id, DatasetRole.VIEWER, "reading the credit");
        return dataset(id);
    }

    public Credit.OfOrganisation ofOrganisation(Caller caller, UUID organisation, UUID callersOrganisation) {
        boolean admin = caller != null && caller.has(org.matbank.access.Scope.ADMIN);
        if (!admin && !organisation.equals(callersOrganisation)) {
            throw new InvalidInputException(caller == null ? Problem.UNAUTHORIZED : Problem.FORBIDDEN, new Violation("organisation",
                    "credit.organisation", organisation, "an organisation's credit is for its own users and administrators"));
        }
        List<Credit.OfDataset> datasets = jdbc.sql("select id from dataset where organisation_id = ? order by created_at")
                .param(organisation).query(UUID.class).list().stream().map(this::dataset).toList();
        long downloads = 0;
        long citations = 0;
        for (Credit.OfDataset d : datasets) {
            for (Credit.OfRelease r : d.releases()) {
                downloads += r.downloads();
                citations += r.citations();
            }
        }
        return new Credit.OfOrganisation(organisation, datasets.stream().mapToLong(Credit.OfDataset::records).sum(),
                datasets.stream().mapToLong(Credit.OfDataset::exports).sum(),
                datasets.stream().mapToLong(Credit.OfDataset::recordsDownloaded).sum(), downloads, citations, datasets);
    }

    private Credit.OfDataset dataset(UUID id) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        jdbc.sql("select kind, count(*) from record_object where dataset_id = ? group by kind order by kind").param(id)
                .query((rs, n) -> byKind.put(rs.getString(1), rs.getLong(2))).list();
        long[] downloads = jdbc.sql("""
                select coalesce(sum(exports), 0), coalesce(sum(records), 0) from dataset_download where dataset_id = ?""")
                .param(id).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        List<Credit.OfRelease> releases = jdbc.sql("""
                select r.id, r.pid, r.title, r.version, rd.records,
                    (select count(*) from export_log e where e.outcome = 'served' and e.query->>'release' = r.id::text),
                    (select count(*) from release_citation c where c.release_id = r.id)
                from release_dataset rd join release r on r.id = rd.release_id where rd.dataset_id = ? order by r.created_at""")
                .param(id)
                .query((rs, n) -> new Credit.OfRelease(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
        Map<String, Object> row = jdbc.sql("select name, organisation_id from dataset where id = ?").param(id).query().singleRow();
        // the model registry's table (issue 7): read here in SQL so that release need not depend on ml
        long models = jdbc.sql("select count(*) from model_dataset where dataset_id = ?").param(id).query(Long.class).single();
        return new Credit.OfDataset(id, (String) row.get("name"), (UUID) row.get("organisation_id"), byKind,
                byKind.values().stream().mapToLong(Long::longValue).sum(), downloads[0], downloads[1], releases, models);
    }

    /** Records a citation of a release that someone reports (a DOI or a reference); the same one only once. */
    public Map<String, Object> cite(Caller caller, UUID release, String reference, String note) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException(Problem.INVALID, new Violation("reference", "citation.reference.missing", reference,
                    "give the citing work: a DOI (doi:10.1234/abcd) or a full reference"));
        }
        if (jdbc.sql("select count(*) from release where id = ?").param(release).query(Long.class).single() == 0) {
            throw new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "release.unknown", release, "no such release"));
        }
        int added = jdbc.sql("""
                insert into release_citation (id, release_id, reference, note, added_by) values (?, ?, ?, ?, ?)
                on conflict (release_id, reference) do nothing""")
                .params(org.matbank.shared.Ids.next(), release, reference.strip(), note, caller == null ? "anonymous" : caller.describe())
                .update();
        long citations = jdbc.sql("select count(*) from release_citation where release_id = ?").param(release).query(Long.class).single();
        return Map.of("release", release, "added", added == 1, "citations", citations);
    }
}
