package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.util.List;

/**
 * Warning lists of known-benign artifacts (public resolvers, cloud ranges, top sites). Reputation
 * holds an artifact down when a list holds it, and shows which list and entry said so.
 */
public interface AllowList {

    /** Replaces everything stored under {@code list.name()} with {@code list}, in one transaction. */
    ReplaceResult replace(WarningList list);

    /**
     * The lists that hold {@code artifact} and the entry that matched: CIDR containment for
     * addresses, exact and hostname-suffix entries for domains and URL hosts, exact entries for
     * every type, and substring and regex entries against the artifact's value.
     */
    List<AllowMatch> matches(Artifact artifact);

    /** Names of the stored lists, in code-point order. */
    List<String> lists();
}
