package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Words in Korean and English, facet counts and cursor pages that hold still while others insert. */
class TextFacetsPagingApiTest extends SearchFixture {

    @Test
    void koreanWordsAreFoundInsideSentences() {
        String tag = "ko-" + unique();
        create(tag,
                new Steel("K-A", "\"Fe\":99,\"C\":1", 550, "900 MPa", "KIMS", "열처리후인장강도시험을 수행함"),
                new Steel("K-B", "\"Fe\":99,\"C\":1", 550, "900 MPa", "KIMS", "탄소섬유 보강 시편과 비교하였다"),
                new Steel("K-C", "\"Fe\":99,\"C\":1", 550, "900 MPa", "KIMS", "Quenched and tempered bars"));

        assertThat(textNames(tag, "인장강도")).containsExactly("K-A");
        assertThat(textNames(tag, "열처리")).containsExactly("K-A");
        assertThat(textNames(tag, "강도")).containsExactly("K-A");
        assertThat(textNames(tag, "탄소섬유")).containsExactly("K-B");
        assertThat(textNames(tag, "섬유")).containsExactly("K-B");
        assertThat(textNames(tag, "tempered bar")).containsExactly("K-C");
        assertThat(textNames(tag, "인장강도 탄소섬유")).isEmpty();
    }

    @Test
    void facetsCountEveryMatchAndNothingElse() {
        String tag = "facet-" + unique();
        create(tag,
                new Steel("F1", "\"Fe\":98,\"C\":1,\"Cr\":1", 550, "900 MPa", "KIST", null),
                new Steel("F2", "\"Fe\":98,\"C\":1,\"Mo\":1", 550, "400 MPa", "KIST", null),
                new Steel("F3", "\"Fe\":99,\"C\":1", 550, "950 MPa", "POSCO", null));

        Answer found = search(Map.of("filter", "tags HAS \"" + tag + "\" AND property.\"tensile strength\" >= 800 MPa",
                "facets", "institution,element,property", "limit", "1"));

        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.body().path("total").asLong()).isEqualTo(2);
        assertThat(found.body().path("hits").size()).isEqualTo(1);
        assertThat(counts(found.body().path("facets").path("institution"))).isEqualTo(Map.of("KIST", 1L, "POSCO", 1L));
        assertThat(counts(found.body().path("facets").path("element"))).isEqualTo(Map.of("Fe", 2L, "C", 2L, "Cr", 1L));
        assertThat(counts(found.body().path("facets").path("property"))).containsEntry("tensile strength", 2L);
    }

    @Test
    void sortedPagesStayStableWhileOthersInsert() {
        String tag = "page-" + unique();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.addAll(create(tag, steel("P" + i, "\"Fe\":99,\"C\":1", 500, (500 + 10 * i) + " MPa")));
        }
        Map<String, String> params = new HashMap<>(Map.of("filter", "tags HAS \"" + tag + "\"",
                "sort", "property.\"tensile strength\" desc", "limit", "5"));
        List<String> seen = new ArrayList<>();
        List<Double> strengths = new ArrayList<>();
        int pages = 0;
        while (true) {
            Answer page = search(params);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.body().path("total").asLong()).isEqualTo(12);
            for (JsonNode hit : page.body().path("hits").values()) {
                seen.add(hit.path("id").asString());
                for (JsonNode f : hit.path("facts").values()) {
                    if (f.path("name").asString().equals("tensile strength")) {
                        strengths.add(f.path("si").asDouble());
                    }
                }
            }
            pages++;
            // others insert between pages: values that sort before, among and after the pages seen
            create(tag, steel("new" + pages, "\"Fe\":99,\"C\":1", 500, (495 + 40 * pages) + " MPa"));
            String next = page.body().path("next_cursor").asString(null);
            if (next == null) {
                break;
            }
            params.put("cursor", next);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(strengths).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(names(tag, "")).hasSize(15);
    }

    @Test
    void pagesOfWordsShowEveryMatchOnceBestFirst() {
        String tag = "words-" + unique();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // the word once or twice: the materials that say it twice rank first
            created.addAll(create(tag, new Steel("W" + i, "\"Fe\":99,\"C\":1", 500, "500 MPa", "KIMS",
                    i % 3 == 0 ? "인장강도 시험. 인장강도 우수" : "인장강도 시험")));
        }
        create(tag, new Steel("other", "\"Fe\":99,\"C\":1", 500, "500 MPa", "KIMS", "탄소섬유"));
        Map<String, String> params = new HashMap<>(Map.of("filter", "tags HAS \"" + tag + "\"", "text", "인장강도",
                "limit", "2", "facets", "institution"));
        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (true) {
            Answer page = search(params);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.body().path("total").asLong()).isEqualTo(9);
            page.body().path("hits").values().forEach(h -> {
                seen.add(h.path("id").asString());
                names.add(h.path("name").asString());
            });
            String next = page.body().path("next_cursor").asString(null);
            if (next == null) {
                break;
            }
            params.put("cursor", next);
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(names.subList(0, 3)).containsExactlyInAnyOrder("W0", "W3", "W6");
        Answer first = search(Map.of("filter", "tags HAS \"" + tag + "\"", "text", "인장강도", "limit", "2",
                "facets", "institution"));
        assertThat(counts(first.body().path("facets").path("institution"))).isEqualTo(Map.of("KIMS", 9L));
    }

    @Test
    void badSearchesAreAnsweredWithWhereAndWhat() {
        create("bad-" + unique(), steel("B1", "\"Fe\":99,\"C\":1", 500, "500 MPa"));
        assertRefusedAt(Map.of("filter", "property.\"tensile strength\" >> 5 MPa"), "filter", 29, "expected a value");
        assertRefusedAt(Map.of("filter", "composition.Cr BETWEEN 1 wt% 2 wt%"), "filter", 29, "AND between the two ends");
        assertRefusedAt(Map.of("filter", "(elements HAS \"Cr\""), "filter", 18, "')' to close");
        assertRefusedAt(Map.of("filter", "colour = \"red\""), "filter", 0, "unknown name 'colour'");
        assertRefusedAt(Map.of("filter", "composition.Cr > 1"), "filter", 17, "needs wt% (mass) or at% (atomic)");
        assertRefusedAt(Map.of("filter", "property.\"tensile strength\" > 5 furlongs"), "filter", 30, "unknown unit 'furlongs'");
        assertRefusedAt(Map.of("filter", "name = \"x"), "filter", 7, "closing '\"'");
        assertRefusedAt(Map.of("sort", "colour desc"), "sort", 0, "cannot sort by 'colour'");
        assertRefusedAt(Map.of("facets", "colour"), "facets", 0, "unknown facet 'colour'");
        assertRefusedAt(Map.of("cursor", "not-a-cursor"), "cursor", 0, "cursor is damaged");
    }

    private void assertRefusedAt(Map<String, String> params, String field, int position, String message) {
        Answer refused = search(params);
        assertThat(refused.status()).as("%s -> %s", params, refused).isEqualTo(400);
        JsonNode error = refused.body().path("errors").path(0);
        assertThat(error.path("path").asString()).isEqualTo(field);
        assertThat(error.path("value").path("position").asInt()).as("%s", refused).isEqualTo(position);
        assertThat(error.path("message").asString()).contains(message);
    }

    private List<String> textNames(String tag, String text) {
        Answer found = search(Map.of("filter", "tags HAS \"" + tag + "\"", "text", text));
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        Set<String> names = new LinkedHashSet<>();
        found.body().path("hits").values().forEach(h -> names.add(h.path("name").asString()));
        return List.copyOf(names);
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new HashMap<>();
        facet.values().forEach(v -> counts.put(v.path("value").asString(), v.path("count").asLong()));
        return counts;
    }
}
