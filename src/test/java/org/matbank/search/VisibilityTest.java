package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.shared.Ids;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one visibility predicate: a material the caller may not see is neither found nor counted in
 * totals, facets or text matches; those who may see it find it. Until datasets arrive (issue 5)
 * every material is public, but the index already carries each material's visibility.
 */
class VisibilityTest extends SearchFixture {

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Test
    void whatTheCallerMayNotSeeIsNeitherFoundNorCounted() {
        String tag = "vis-" + unique();
        create(tag, new Steel("open", "\"Fe\":99,\"C\":1", 550, "900 MPa", "KIMS", null));
        UUID hidden = Ids.next();
        MaterialFacts secret = new MaterialFacts(hidden, "material_run", "secret steel", "metal", "steel", "someone",
                "SECRET-INSTITUTE", null, null, false, List.of(tag), Map.of(),
                List.of(new MaterialFacts.Component("Fe", 0.99, null), new MaterialFacts.Component("Unobtainium", 0.01, null)),
                List.of(new MaterialFacts.Fact("property", "tensile strength", null, 9e8, "Pa", "900 MPa", "measured")),
                List.of("secret steel"), List.of());
        index.write(List.of(secret), List.of(), m -> "dataset:secret");
        index.refresh();
        try {
            SearchRequest all = new SearchRequest("tags HAS \"" + tag + "\"", null, null,
                    List.of("institution", "element"), 50, null);

            SearchPage seen = search.search(all, Visibility.publicOnly());
            assertThat(seen.total()).isEqualTo(1);
            assertThat(seen.hits()).extracting(SearchPage.Hit::name).containsExactly("open");
            assertThat(seen.facets().get("institution")).extracting(SearchPage.FacetCount::value).containsExactly("KIMS");
            assertThat(seen.facets().get("element")).extracting(SearchPage.FacetCount::value).doesNotContain("Unobtainium");
            // within the tag: other tests leave public materials whose names hold the word too
            assertThat(search.search(new SearchRequest("tags HAS \"" + tag + "\"", "secret", null, List.of(), 50, null),
                    Visibility.publicOnly()).total()).isZero();

            SearchPage member = search.search(all, new Visibility(false, Set.of("dataset:secret")));
            assertThat(member.total()).isEqualTo(2);
            assertThat(member.facets().get("institution")).extracting(SearchPage.FacetCount::value)
                    .containsExactlyInAnyOrder("KIMS", "SECRET-INSTITUTE");
        } finally {
            index.write(List.of(), List.of(hidden), m -> Visibility.PUBLIC);
            index.refresh();
        }
    }
}
