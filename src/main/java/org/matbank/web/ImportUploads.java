package org.matbank.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where the import page puts uploads before the job reads them: the same spool folder as the
 * API's ({@code data-dir/imports}; the job deletes its files when it ends). Also the CSV mappings
 * MatBank ships (src/main/resources/mappings), which the form offers instead of an uploaded one.
 */
@Component
class ImportUploads {

    private static final String SHIPPED = "classpath*:mappings/*.json";

    private final Path spool;
    private final List<String> shipped;

    ImportUploads(@Value("${matbank.data-dir}") String dataDir) throws IOException {
        this.spool = Path.of(dataDir).resolve("imports");
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
        this.shipped = Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** The names of the shipped mappings, e.g. {@code nims-fatigue.json}. */
    List<String> shippedMappings() {
        return shipped;
    }

    /** The name a user gave a file, without any folder a browser may send along. */
    static String name(MultipartFile part) {
        return name(part.getOriginalFilename());
    }

    /** A name no path can be made of (a NUL character, only slashes) is "upload", not an error page. */
    static String name(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        try {
            Path file = Path.of(given.replace('\\', '/')).getFileName();
            return file == null || file.toString().isBlank() ? "upload" : file.toString();
        } catch (InvalidPathException e) {
            return "upload";
        }
    }

    Path save(MultipartFile part) {
        try (InputStream in = part.getInputStream()) {
            return copy(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped mapping copied to the spool (the job deletes what it read); empty for a name not shipped. */
    Optional<Path> saveShipped(String name) {
        if (!shipped.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = ImportUploads.class.getResourceAsStream("/mappings/" + name)) {
            return Optional.of(copy(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a spooled file (null: nothing); a file that will not go is left behind rather than hiding why the import failed. */
    static void delete(Path spooled) {
        if (spooled == null) {
            return;
        }
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            // the failure that brought us here is the one to show
        }
    }

    private Path copy(InputStream in) throws IOException {
        Files.createDirectories(spool);
        Path target = spool.resolve(UUID.randomUUID() + ".upload");
        Files.copy(in, target);
        return target;
    }
}
