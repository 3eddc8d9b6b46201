package io.cairn.ingest.csv;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A CSV feed format: the headers it recognises, and what one of its rows yields. */
abstract class CsvFeed implements Format {
    private final String name;
    private final String description;
    private final List<Layout> layouts;

    CsvFeed(String name, String description, List<Layout> layouts) {
        this.name = name;
        this.description = description;
        this.layouts = List.copyOf(layouts);
    }

    /** The items one data row yields; throws {@link BadRow} for a row that cannot be imported. */
    abstract List<Item> items(Row row, ImportContext context);

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return Headers.sniff(head, layouts);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) throws IOException {
        return new CsvRows(inputName, content, name, layouts, row -> items(row, context));
    }
}
