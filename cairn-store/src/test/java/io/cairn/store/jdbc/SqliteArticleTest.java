package io.cairn.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleTest extends ArticleContract {

    @TempDir
    Path temp;

    @Override
    protected IntelDatabase freshDatabase() {
        return new IntelDatabase.Sqlite(temp.resolve("data"));
    }
}
