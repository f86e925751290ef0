package org.matbank.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.matbank.shared.InvalidInputException;

/** k-fold splits partition the rows, deterministically for a seed; bad k and bad explicit splits are refused by name. */
class FoldsTest {

    @Test
    void kFoldTestsEveryRowExactlyOnceInFoldsOfNearlyEqualSize() {
        Folds folds = Folds.kFold(23, 5, 1);
        assertThat(folds.size()).isEqualTo(5);
        assertThat(folds.partition()).isTrue();
        int[] tested = folds.splits().stream().flatMapToInt(s -> Arrays.stream(s.test())).sorted().toArray();
        assertThat(tested).containsExactly(IntStream.range(0, 23).toArray());
        for (Folds.Split s : folds.splits()) {
            assertThat(s.test().length).isBetween(4, 5);
            assertThat(s.train().length + s.test().length).isEqualTo(23);
            assertThat(Arrays.stream(s.train()).noneMatch(r -> Arrays.stream(s.test()).anyMatch(t -> t == r))).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        assertThat(Folds.kFold(50, 10, 7).splits().get(3).test()).containsExactly(Folds.kFold(50, 10, 7).splits().get(3).test());
        assertThat(Folds.kFold(50, 10, 7).splits().get(3).test()).isNotEqualTo(Folds.kFold(50, 10, 8).splits().get(3).test());
    }

    @Test
    void fewerThanTwoFoldsOrMoreFoldsThanRowsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> Folds.kFold(10, 1, 0)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("folds.k");
                            assertThat(v.rule()).isEqualTo("folds.k.range");
                            assertThat(v.value()).isEqualTo(1);
                            assertThat(v.message()).contains("between 2 and the number of rows (10)", "not 1");
                        }));
        assertThatThrownBy(() -> Folds.kFold(10, 11, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between 2 and the number of rows (10), not 11");
    }

    @Test
    void explicitSplitsOutsideTheTableOrTestingTrainedRowsAreRefused() {
        Folds ok = Folds.explicit(4, List.of(new Folds.Split(new int[] {0, 1, 2}, new int[] {3})));
        assertThat(ok.partition()).isFalse();
        assertThatThrownBy(() -> Folds.explicit(4, List.of(new Folds.Split(new int[] {0, 1}, new int[] {1, 4}))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.path() + " " + v.rule() + " " + v.value())
                        .containsExactly("folds[0].test[0] folds.split.overlap 1", "folds[0].test[1] folds.index.range 4"));
    }
}
