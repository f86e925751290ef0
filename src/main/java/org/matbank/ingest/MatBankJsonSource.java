package org.matbank.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matbank.record.RecordObject;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.JsonErrors;
import org.matbank.shared.Problem;
import org.matbank.shared.Violation;
import org.matbank.template.Template;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a MatBank JSON export as it streams: the templates first (kept, they are few), then the
 * objects in units of a few hundred, each unit written before the next is read.
 */
final class MatBankJsonSource implements HistorySource {

    private static final int UNIT = 500;

    private final ObjectReader templateReader;
    private final ObjectReader objectReader;
    private final String fileName;
    private final InputStream in;
    private final JsonParser parser;
    private final long size;
    private final List<Template> templates = new ArrayList<>();
    private final List<SpooledFile> files = new ArrayList<>();
    private long index;
    private boolean inObjects;

    MatBankJsonSource(Path file, String fileName, JsonMapper json) {
        // values are read one at a time from inside the arrays, so what follows each is not "trailing"
        this.templateReader = json.readerFor(Template.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.objectReader = json.readerFor(RecordObject.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.fileName = fileName;
        try {
            this.size = Files.size(file);
            this.in = Files.newInputStream(file);
            this.parser = json.createParser(in);
            readHeader();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    /** The template versions of the export, to be stored before any object. */
    List<Template> templates() {
        return templates;
    }

    /** An attached file of the export, kept on disk until it is stored (files can be large; memory holds one at a time). */
    record SpooledFile(String filename, String mediaType, Path content) {
        byte[] bytes() {
            try {
                return Files.readAllBytes(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    List<SpooledFile> files() {
        return files;
    }

    static boolean looksLikeOne(Path file) {
        try (InputStream head = Files.newInputStream(file)) {
            String start = new String(head.readNBytes(300), java.nio.charset.StandardCharsets.UTF_8);
            return start.replaceAll("\\s", "").contains("\"format\":\"" + MatBankJson.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    private void readHeader() {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "");
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "format" -> {
                    if (!MatBankJson.FORMAT.equals(parser.getString())) {
                        throw problem("format", "matbank-json.format", parser.getString(), "not a MatBank JSON export");
                    }
                }
                case "templates" -> {
                    expect(parser.currentToken(), JsonToken.START_ARRAY, "templates");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        templates.add(templateReader.readValue(parser));
                    }
                }
                case "files" -> {
                    expect(parser.currentToken(), JsonToken.START_ARRAY, "files");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        files.add(spool());
                    }
                }
                case "objects" -> {
                    expect(parser.currentToken(), JsonToken.START_ARRAY, "objects");
                    inObjects = true;
                    return;
                }
                default -> parser.skipChildren();
            }
        }
        throw problem("objects", "matbank-json.objects", null, "the export has no \"objects\" list after its templates");
    }

    private SpooledFile spool() {
        String filename = null;
        String mediaType = null;
        Path content = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "filename" -> filename = parser.getString();
                case "media_type" -> mediaType = parser.getString();
                case "content" -> {
                    try {
                        content = Files.createTempFile("matbank-import", ".file");
                        content.toFile().deleteOnExit();
                        try (var out = Files.newOutputStream(content)) {
                            parser.readBinaryValue(out);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (content == null) {
            throw problem("files", "matbank-json.file", filename, "an exported file carries its content");
        }
        return new SpooledFile(filename, mediaType, content);
    }

    @Override
    public SourceUnit next() {
        if (!inObjects) {
            return null;
        }
        List<RecordObject> objects = new ArrayList<>(UNIT);
        long first = index;
        try {
            while (objects.size() < UNIT) {
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    inObjects = false;
                    break;
                }
                objects.add(objectReader.readValue(parser));
                index++;
            }
        } catch (JacksonException e) {
            throw malformed(e);
        }
        return objects.isEmpty() ? null
                : new SourceUnit(fileName + " objects[" + first + ".." + (index - 1) + "]", objects, List.of());
    }

    @Override
    public long position() {
        return parser.currentLocation().getByteOffset();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        files.forEach(f -> f.content().toFile().delete());
        parser.close();
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void expect(JsonToken actual, JsonToken wanted, String path) {
        if (actual != wanted) {
            throw problem(path, "matbank-json.shape", String.valueOf(actual), "expected " + wanted + " here");
        }
    }

    private InvalidInputException malformed(JacksonException e) {
        return problem(fileName + " objects[" + index + "]" + (JsonErrors.path(e).isEmpty() ? "" : "." + JsonErrors.path(e)),
                JsonErrors.rule(e), JsonErrors.location(e), JsonErrors.message(e));
    }

    private InvalidInputException problem(String path, String rule, Object value, String message) {
        return new InvalidInputException(Problem.MALFORMED, new Violation(path, rule, value, message));
    }
}
