package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** An index records its layout when it commits; one of an older layout (none recorded) is to be rebuilt. */
class SearchIndexLayoutTest {

    @TempDir
    Path dir;

    @Test
    void anIndexWithoutTheCurrentLayoutAsksForARebuild() throws Exception {
        // an index as MatBank wrote it before layouts were recorded: a bank, no layout
        Files.createDirectories(dir.resolve("search"));
        try (FSDirectory directory = FSDirectory.open(dir.resolve("search"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("bank", "b1").entrySet());
            writer.commit();
        }
        SearchIndex old = new SearchIndex(dir.toString(), false, JsonMapper.builder().build());
        try {
            assertThat(old.bank()).isEqualTo("b1");
            assertThat(old.hasCurrentLayout()).isFalse();
            old.write(List.of(), List.of(), m -> Visibility.PUBLIC);
            old.commit("b1");
            assertThat(old.hasCurrentLayout()).isTrue();
        } finally {
            old.destroy();
        }
        try (FSDirectory directory = FSDirectory.open(dir.resolve("search"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry("bank", "b1").containsKey("layout");
        }
    }
}
