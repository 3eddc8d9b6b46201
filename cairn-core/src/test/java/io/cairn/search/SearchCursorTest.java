package io.cairn.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void shouldReadBackTheCursorItHandsOut() {
        SearchCursor cursor = new SearchCursor(50, "YXQ6MjU", SearchCursor.DONE);

        assertThat(SearchCursor.decode(cursor.encode(true))).contains(cursor);
    }

    @Test
    void shouldHandOutNoCursorWhenEveryListIsExhausted() {
        assertThat(new SearchCursor(25, SearchCursor.DONE, SearchCursor.DONE).encode(false))
                .isNull();
    }

    @Test
    void shouldRefuseCursorsItDidNotMake() {
        assertThat(SearchCursor.decode("not base64!")).isEmpty();
        assertThat(SearchCursor.decode("c3wxfDJ8Mw")).isEmpty();
        assertThat(SearchCursor.decode(new SearchCursor(-1, "", "").encode(true)))
                .isEmpty();
    }
}
