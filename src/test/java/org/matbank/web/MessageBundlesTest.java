package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages, no hard-coded text: every bundle has the same keys in English and Korean, every
 * message a page names exists, and no page template carries visible text or a visible attribute
 * (placeholder, title, alt, aria-label) that does not come from a bundle.
 */
class MessageBundlesTest {

    private static final Path PAGES = Paths.get("src/main/resources/web");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern PREFIX = Pattern.compile("#\\{\\$\\{'([A-Za-z0-9_.-]+)'");
    /** Text between tags, after scripts, styles and comments are cut out. */
    private static final Pattern TEXT = Pattern.compile(">([^<>]*)<");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "(?<![:\\w-])(placeholder|title|alt|aria-label|value)=\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("[\\p{IsAlphabetic}]");

    static List<String> basenames() throws IOException {
        Properties app = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get("src/main/resources/application.properties"))) {
            app.load(in);
        }
        return List.of(app.getProperty("spring.messages.basename").split(","));
    }

    static Properties bundle(String basename, String suffix) throws IOException {
        Properties p = new Properties();
        Path file = Paths.get("src/main/resources", basename + suffix + ".properties");
        assertThat(file).as("bundle file").exists();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyBundleHasTheSameKeysInKoreanAndEnglishAndNoEmptyMessage() throws IOException {
        for (String basename : basenames()) {
            Properties en = bundle(basename, "");
            Properties ko = bundle(basename, "_ko");
            assertThat(new TreeSet<>(ko.stringPropertyNames())).as(basename + ": keys in Korean")
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            en.forEach((k, v) -> assertThat(v.toString()).as(basename + " " + k).isNotBlank());
            ko.forEach((k, v) -> assertThat(v.toString()).as(basename + "_ko " + k).isNotBlank());
        }
    }

    @Test
    void everyMessageAPageNamesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String basename : basenames()) {
            keys.addAll(bundle(basename, "").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            String html = Files.readString(page);
            Matcher m = KEY.matcher(html);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(page.getFileName() + ": " + m.group(1));
                }
            }
            Matcher prefix = PREFIX.matcher(html);
            while (prefix.find()) {
                String p = prefix.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(page.getFileName() + ": " + p + "*");
                }
            }
        }
        assertThat(missing).as("messages named by pages but in no bundle").isEmpty();
    }

    @Test
    void noPageCarriesHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String html = Files.readString(page).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "<x>")
                    .replaceAll("(?s)<style.*?</style>", "<x>");
            Matcher text = TEXT.matcher(html);
            while (text.find()) {
                String t = text.group(1).strip();
                if (LETTER.matcher(t).find()) {
                    found.add(page.getFileName() + ": text '" + t + "'");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (LETTER.matcher(attribute.group(2)).find() && !attribute.group(1).equals("value")) {
                    found.add(page.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
        }
        assertThat(found).as("visible text not taken from a message bundle").isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        // the scanner itself: a page with plain text in it is caught
        Matcher m = TEXT.matcher("<p>Search</p><p th:text=\"#{x}\"></p>");
        assertThat(m.find() && LETTER.matcher(m.group(1)).find()).isTrue();
        Matcher a = LITERAL_ATTRIBUTE.matcher("<input placeholder=\"Words\"> <input th:placeholder=\"#{a}\">");
        assertThat(a.find()).isTrue();
        assertThat(a.group(2)).isEqualTo("Words");
        assertThat(a.find()).as("th:placeholder is not literal").isFalse();
    }
}
