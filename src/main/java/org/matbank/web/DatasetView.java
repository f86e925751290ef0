package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.matbank.access.AccessRequests;
import org.matbank.access.Caller;
import org.matbank.access.Dataset;
import org.matbank.access.DatasetAccess;
import org.matbank.access.DatasetRole;
import org.matbank.access.DatasetService;
import org.matbank.access.DatasetState;
import org.matbank.access.Protection;
import org.matbank.access.Scope;
import org.matbank.release.CreditService;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a dataset page shows, read through the caller as the API reads it: metadata for anyone who
 * may see it (404 otherwise), the record count where the API gives it, members, credit and releases
 * for members, the forms a caller's role allows. The dataset page and its forms (which show the
 * page again beside a refusal) both fill their model here.
 */
@Component
class DatasetView {

    private final DatasetService datasets;
    private final DatasetAccess access;
    private final AccessRequests requests;
    private final CreditService credit;
    private final WebJson web;

    /** A pending access request as the owners see it. */
    record Ask(UUID id, String login, String message, String when) {
    }

    DatasetView(DatasetService datasets, DatasetAccess access, AccessRequests requests, CreditService credit, WebJson web) {
        this.web = web;
        this.datasets = datasets;
        this.access = access;
        this.requests = requests;
        this.credit = credit;
    }

    /** Fills the model; empty when the caller may not see the dataset (or there is none with this id). */
    Optional<Dataset> fill(String id, Model model, HttpServletRequest request, Map<String, String> sent) {
        Optional<UUID> uuid = parse(id);
        Caller caller = Caller.of(request).orElse(null);
        Dataset d;
        try {
            d = access.visible(caller, uuid.orElseThrow(() -> new IllegalArgumentException(id)));
        } catch (IllegalArgumentException | InvalidInputException hidden) {
            model.addAttribute("missingId", id);
            return Optional.empty();
        }
        DatasetState state = d.stateOn(LocalDate.now());
        boolean admin = caller != null && caller.has(Scope.ADMIN);
        Optional<DatasetRole> role = access.role(caller, d.id());
        boolean member = admin || role.isPresent();
        boolean manage = admin || role.filter(r -> r.implies(DatasetRole.OWNER)).isPresent();
        boolean recordsVisible = access.audience(request).sees(d.id());
        model.addAttribute("dataset", d);
        model.addAttribute("state", state.text());
        model.addAttribute("role", role.map(DatasetRole::text).orElse(null));
        model.addAttribute("recordsVisible", recordsVisible);
        model.addAttribute("records", recordsVisible || d.state().metadataPublic() ? datasets.records(d.id()) : null);
        Protection protection = datasets.protection(d.id()).orElse(null);
        model.addAttribute("protection", protection == null ? null : ProtectionWords.of(protection));
        model.addAttribute("protectionForm", ProtectionWords.Form.of(protection, sent));
        model.addAttribute("members", member ? datasets.members(caller, d.id()) : null);
        model.addAttribute("credit", member ? credit.ofDataset(caller, d.id()) : null);
        model.addAttribute("manage", manage);
        model.addAttribute("admin", admin);
        model.addAttribute("mayAsk", caller != null && caller.userId() != null && !member && !recordsVisible
                && state == DatasetState.EMBARGOED);
        model.addAttribute("created", web.when(d.createdAt()));
        model.addAttribute("requests", manage ? requests.list(caller, d.id()).stream().filter(r -> "pending".equals(r.state()))
                .map(r -> new Ask(r.id(), r.login(), r.message(), web.when(r.createdAt()))).toList() : List.<Ask>of());
        model.addAttribute("nextStates", state.next().stream().map(DatasetState::text).toList());
        model.addAttribute("roles", List.of(DatasetRole.values()).stream().map(DatasetRole::text).toList());
        model.addAttribute("embargoMin", LocalDate.now().plusDays(1).toString());
        model.addAttribute("embargoMax", LocalDate.now().plusMonths(36).toString());
        model.addAttribute("sent", sent);
        return Optional.of(d);
    }

    /** Whether a refusal means the dataset is not there for this caller (a 404 page, not a form error). */
    static boolean hidden(InvalidInputException refused) {
        return refused.problem() == Problem.NOT_FOUND;
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
