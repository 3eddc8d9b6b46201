package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies ProfileStore's merge rules to one batch, in input order. Profiles created by the batch
 * get negative ids until the writer reserves real ones.
 */
final class ProfileBatchMerge {

    /** A profile kept apart, with the stored profiles it could have joined. */
    record Kept(Contribution contribution, List<Long> candidates, String reason) {}

    private final ProfileIndex index;
    private final Set<Long> created = new LinkedHashSet<>();
    private final Set<Long> changedStored = new LinkedHashSet<>();
    private final List<Contribution> written = new ArrayList<>();
    private final List<Kept> kept = new ArrayList<>();
    private long nextNewId = -1;

    ProfileBatchMerge(ProfileIndex index) {
        this.index = index;
    }

    void add(Profile profile) {
        Contribution.Key key = new Contribution.Key(profile.source(), profile.ref());
        Contribution known = index.contribution(key);
        if (known != null) {
            if (known.kind() != profile.kind()) {
                throw new IllegalArgumentException("profile " + profile.ref() + " (" + profile.name() + ") from "
                        + profile.source() + " is now a " + profile.kind() + " but is stored as a " + known.kind());
            }
            if (Dialect.stored(profile.modified()).isAfter(known.modified())) {
                put(contribution(profile, known.profileId()));
            }
            return;
        }
        ProfileIndex.Match match = index.match(profile);
        if (match.candidates().size() == 1) {
            put(contribution(profile, match.candidates().getFirst()));
            return;
        }
        long id = nextNewId--;
        created.add(id);
        Contribution contribution = contribution(profile, id);
        put(contribution);
        if (match.rule() != null) {
            kept.add(new Kept(contribution, match.candidates(), match.rule().reason));
        }
    }

    private void put(Contribution contribution) {
        if (!created.contains(contribution.profileId())) {
            changedStored.add(contribution.profileId());
        }
        written.add(contribution);
        index.put(contribution);
    }

    private static Contribution contribution(Profile profile, long id) {
        return new Contribution(
                profile.kind(),
                profile.source(),
                profile.ref(),
                profile.type(),
                id,
                Dialect.stored(profile.modified()),
                profile.active(),
                ProfileFields.of(profile));
    }

    Set<Long> created() {
        return created;
    }

    Set<Long> changedStored() {
        return changedStored;
    }

    /** Every profile the batch touched, new ones included. */
    Set<Long> touched() {
        Set<Long> touched = new LinkedHashSet<>(changedStored);
        touched.addAll(created);
        return touched;
    }

    /** The contributions written, a repeated key once with its last version. */
    List<Contribution> written() {
        return written;
    }

    List<Kept> kept() {
        return kept;
    }
}
