package org.matbank.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matbank.access.Audience;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.matbank.record.SaveResult;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.JsonErrors;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GEMD JSON in and out. An import is one transaction: templates (reused when their uid is
 * already known) and then every object, validated together; any error rolls all of it back and
 * names the place in the document ({@code context[4].properties[0].value.units}).
 */
@Service
public class GemdService {

    private static final Pattern OBJECT_PATH = Pattern.compile("^objects\\[(\\d+)\\]");

    private final TemplateService templates;
    private final RecordService records;
    private final JsonMapper json;

    GemdService(TemplateService templates, RecordService records, JsonMapper json) {
        this.templates = templates;
        this.records = records;
        this.json = json;
    }

    /**
     * Imports a GEMD document by a writer who sees {@code writer} (null: everything): links to stored
     * objects it may not see are as dangling.
     */
    @Transactional
    public GemdImport importDocument(JsonNode document, ValidationLevel level, Audience writer) {
        Parsed parsed = parse(document);
        TemplatesWritten written = writeTemplates(parsed.templates());
        try {
            SaveResult saved = records.create(parsed.objects(), level, null, writer);
            return new GemdImport(written.created(), written.reused(),
                    saved.objects().stream().map(RecordObject::id).toList(), placed(saved.warnings(), parsed.places()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problem(), placed(e.violations(), parsed.places()));
        }
    }

    /** A document read and checked for shape: its templates, and its objects with their places in the document. */
    record Parsed(List<Placed<Template>> templates, List<RecordObject> objects, List<String> places) {
    }

    /** Reads a document without writing anything; shape errors are thrown with their places. */
    Parsed parse(JsonNode document) {
        GemdReader reader = new GemdReader();
        List<GemdReader.Entry> entries = reader.read(document);
        List<Violation> violations = new ArrayList<>(reader.violations());
        List<Placed<Template>> newTemplates = new ArrayList<>();
        List<Placed<RecordObject>> objects = new ArrayList<>();
        for (GemdReader.Entry entry : entries) {
            try {
                if (entry.isTemplate()) {
                    newTemplates.add(new Placed<>(entry.place(), json.treeToValue(entry.node(), Template.class)));
                } else {
                    objects.add(new Placed<>(entry.place(), json.treeToValue(entry.node(), RecordObject.class)));
                }
            } catch (JacksonException e) {
                String path = JsonErrors.path(e);
                violations.add(new Violation(join(entry.place(), path), JsonErrors.rule(e), entry.type(), JsonErrors.message(e)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.MALFORMED, violations);
        }
        List<RecordObject> named = GemdIngredientNames.fill(objects.stream().map(Placed::value).toList(), this::storedObject);
        return new Parsed(newTemplates, named, objects.stream().map(Placed::place).toList());
    }

    /** Creates the document's templates that are not known yet (by uid), attribute templates first. */
    void writeTemplates(Parsed parsed) {
        writeTemplates(parsed.templates());
    }

    /** GEMD JSON of the given records (with their whole histories when asked) or templates, with every template they use. */
    public JsonNode export(List<UUID> ids, boolean withHistory, Audience audience) {
        Map<UUID, UUID> datasets = records.datasets(ids);
        for (UUID id : ids) {
            if (!audience.sees(datasets.get(id))) {
                // the same answer as for an id that does not exist
                throw new InvalidInputException(Problem.NOT_FOUND, new Violation("id", "record.not-found", id.toString(),
                        "no object with this id"));
            }
        }
        return new GemdExport(templates, records, json).document(ids, withHistory, audience);
    }

    /**
     * GEMD JSON of chosen objects with their whole histories, fed id by id and streamed (see
     * {@link HistoryExport}); import it with POST /api/gemd/import or as an import job. The
     * fingerprint (null: none) goes in {@value HistoryExport#FINGERPRINT_FIELD}, before {@code context}.
     */
    public HistoryExport histories(java.io.OutputStream out, String fingerprint, Audience audience) {
        return new GemdExport(templates, records, json).histories(out, fingerprint, audience);
    }

    record Placed<T>(String place, T value) {
    }

    private record TemplatesWritten(List<UUID> created, List<UUID> reused) {
    }

    private TemplatesWritten writeTemplates(List<Placed<Template>> given) {
        List<Placed<Template>> ordered = new ArrayList<>(given.stream().filter(t -> !isObjectTemplate(t.value())).toList());
        ordered.addAll(given.stream().filter(t -> isObjectTemplate(t.value())).toList());
        List<UUID> created = new ArrayList<>();
        List<UUID> reused = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (Placed<Template> t : ordered) {
            Optional<Template> existing = t.value().uids().entrySet().stream()
                    .map(uid -> templates.resolve(new Link(uid.getKey(), uid.getValue()), null))
                    .flatMap(Optional::stream).findFirst();
            if (existing.isPresent()) {
                reused.add(existing.get().id());
                continue;
            }
            try {
                created.add(templates.create(t.value()).id());
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> violations.add(v.prefixed(t.place())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, violations);
        }
        return new TemplatesWritten(created, reused);
    }

    private static boolean isObjectTemplate(Template template) {
        return template.type() != null && !template.type().isAttribute();
    }

    private Optional<RecordObject> storedObject(Link link) {
        if (link.isPlatform() && link.platformId() != null) {
            return Optional.of(records.get(link.platformId()));
        }
        return records.findByUid(link.scope(), link.id());
    }

    /** Rewrites {@code objects[i]} paths from the record service into places in the document. */
    private static List<Violation> placed(List<Violation> violations, List<String> places) {
        return violations.stream().map(v -> {
            Matcher m = OBJECT_PATH.matcher(v.path() == null ? "" : v.path());
            if (!m.find()) {
                return v;
            }
            String place = places.get(Integer.parseInt(m.group(1)));
            String rest = v.path().substring(m.end());
            return new Violation(rest.startsWith(".") ? join(place, rest.substring(1)) : place + rest, v.rule(), v.value(), v.message());
        }).toList();
    }

    private static String join(String place, String path) {
        return place.isEmpty() ? path : path.isEmpty() ? place : place + "." + path;
    }
}
