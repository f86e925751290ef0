package org.matbank.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matbank.record.FileStore;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.JsonErrors;
import org.matbank.shared.Link;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.matbank.template.Template;
import org.matbank.template.TemplateService;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Opens an import file as a {@link HistorySource}, by format. */
@Component
class ImportSources {

    private final JsonMapper json;
    private final TemplateService templates;
    private final GemdService gemd;
    private final Workbooks workbooks;
    private final FileStore files;

    ImportSources(JsonMapper json, TemplateService templates, GemdService gemd, Workbooks workbooks, FileStore files) {
        this.files = files;
        this.json = json;
        this.templates = templates;
        this.gemd = gemd;
        this.workbooks = workbooks;
    }

    /**
     * A source and the work to do before its first unit, in the same transaction.
     * @param validation the level to use instead of the caller's, or null
     */
    record Opened(HistorySource source, Runnable before, ValidationLevel validation) implements AutoCloseable {
        Opened(HistorySource source, Runnable before) {
            this(source, before, null);
        }

        @Override
        public void close() {
            source.close();
        }
    }

    Opened open(Path file, Path mapping, ImportSettings settings) {
        String format = settings.format() == null ? "" : settings.format().toLowerCase(Locale.ROOT);
        switch (format) {
            case "csv", "tsv", "txt" -> {
                CsvMapping m = mapping(mapping);
                return new Opened(new CsvHistorySource(file, settings.fileName(), m), () -> createTemplates(m));
            }
            case "xlsx" -> {
                String scope = settings.scope() == null || settings.scope().isBlank() ? settings.fileName() : settings.scope();
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                    return new Opened(workbooks.read(in, scope), () -> { });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            case "matbank-json" -> {
                return matbankJson(file, settings);
            }
            case "gemd", "json" -> {
                if (MatBankJsonSource.looksLikeOne(file)) {
                    return matbankJson(file, settings);
                }
                GemdService.Parsed parsed = gemd.parse(readJson(file, settings.fileName()));
                return new Opened(new SingleUnitSource(new SourceUnit(settings.fileName(), parsed.objects(), List.of())),
                        () -> gemd.writeTemplates(parsed));
            }
            default -> throw new InvalidInputException(Problem.MALFORMED, new Violation("format", "import.format", settings.format(),
                    "unknown import format; use csv (with a mapping), xlsx or gemd"));
        }
    }

    private Opened matbankJson(Path file, ImportSettings settings) {
        MatBankJsonSource source = new MatBankJsonSource(file, settings.fileName(), json);
        // records move as they were stored: one kept at level warn or ignore would fail a check at fail
        return new Opened(source, () -> {
            source.templates().forEach(templates::restore);
            source.files().forEach(f -> files.store(f.filename(), f.mediaType(), f.bytes()));
        }, ValidationLevel.IGNORE);
    }

    private CsvMapping mapping(Path file) {
        if (file == null) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("mapping", "mapping.missing", null,
                    "a CSV import needs a mapping file that says which column is which (see docs/IMPORT.md)"));
        }
        CsvMapping m;
        try {
            m = json.readValue(file.toFile(), CsvMapping.class);
        } catch (JacksonException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation("mapping." + JsonErrors.path(e), JsonErrors.rule(e),
                    JsonErrors.location(e), JsonErrors.message(e)));
        }
        List<Violation> missing = new ArrayList<>();
        if (m.scope() == null || m.scope().isBlank()) {
            missing.add(new Violation("mapping.scope", "mapping.required", null, "the mapping needs a scope for the external ids it makes"));
        }
        if (m.key() == null || m.key().isBlank()) {
            missing.add(new Violation("mapping.key", "mapping.required", null, "the mapping needs a row key, such as \"sample-{ID}\""));
        }
        if (!m.header() && m.columns().isEmpty()) {
            missing.add(new Violation("mapping.columns", "mapping.required", null, "a file without a header row needs the column names in the mapping"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(Problem.INVALID, missing);
        }
        return m;
    }

    private void createTemplates(CsvMapping m) {
        for (Template t : m.templates()) {
            boolean known = t.uids().entrySet().stream()
                    .anyMatch(uid -> templates.resolve(new Link(uid.getKey(), uid.getValue()), null).isPresent());
            if (!known) {
                try {
                    templates.create(t);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(e.problem(), e.violations().stream().map(v -> v.prefixed("mapping.templates[" + t.name() + "]")).toList());
                }
            }
        }
    }

    private tools.jackson.databind.JsonNode readJson(Path file, String name) {
        try {
            return json.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InvalidInputException(Problem.MALFORMED, new Violation(name, JsonErrors.rule(e), JsonErrors.location(e), JsonErrors.message(e)));
        }
    }

    /** A whole document as one unit (GEMD documents are linked throughout and written together). */
    private static final class SingleUnitSource implements HistorySource {
        private SourceUnit unit;

        SingleUnitSource(SourceUnit unit) {
            this.unit = unit;
        }

        @Override
        public SourceUnit next() {
            SourceUnit next = unit;
            unit = null;
            return next;
        }

        @Override
        public void close() {
        }
    }

}
