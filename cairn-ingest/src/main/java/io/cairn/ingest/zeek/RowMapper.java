package io.cairn.ingest.zeek;

import io.cairn.ingest.Item;
import java.util.List;

/** What one kind of log row says, as items. */
interface RowMapper {
    List<Item> items(ZeekRow row, Seen seen) throws BadRow;
}
