package io.cairn.demo;

import java.util.List;

/**
 * One artifact of a campaign as the ground truth records it: its Cairn type and value, its role in
 * the campaign, the feeds that list it (empty for the part chaining has to find) and whether an
 * article mentions it.
 */
record Listing(String type, String value, String role, List<String> feeds, boolean mentioned) {
    Listing {
        feeds = List.copyOf(feeds);
    }

    boolean listedIn(String feed) {
        return feeds.contains(feed);
    }
}
