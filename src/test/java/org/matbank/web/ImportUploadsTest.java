package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The name of an uploaded file as the job and the page show it: no folders, and never an error page for an odd name. */
class ImportUploadsTest {

    @Test
    void aNameLosesItsFoldersAndAnUnusableNameIsUpload() {
        assertThat(ImportUploads.name("C:\\Users\\kim\\steels.xlsx")).isEqualTo("steels.xlsx");
        assertThat(ImportUploads.name("../../etc/steels.csv")).isEqualTo("steels.csv");
        assertThat(ImportUploads.name("강재 시험.xlsx")).isEqualTo("강재 시험.xlsx");
        assertThat(ImportUploads.name("bad\u0000name.xlsx")).isEqualTo("upload");
        assertThat(ImportUploads.name("/")).isEqualTo("upload");
        assertThat(ImportUploads.name("\\")).isEqualTo("upload");
        assertThat(ImportUploads.name("  ")).isEqualTo("upload");
        assertThat(ImportUploads.name((String) null)).isEqualTo("upload");
    }

    @Test
    void aSpooledFileOfAJobThatNeverStartedIsDeleted() throws IOException {
        Path spooled = Files.createTempFile("spooled", ".upload");
        ImportUploads.delete(spooled);
        assertThat(spooled).doesNotExist();
        ImportUploads.delete(spooled);
        ImportUploads.delete(null);
    }
}
