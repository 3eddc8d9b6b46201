package io.cairn.ingest.rdap;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a contact's jCard says, by the WHOIS field each value fills. */
record Contact(
        Set<String> roles,
        @Nullable String name,
        @Nullable String org,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address) {

    Contact {
        roles = Set.copyOf(roles);
    }
}
