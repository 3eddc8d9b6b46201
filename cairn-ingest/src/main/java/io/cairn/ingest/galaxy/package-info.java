/**
 * MISP galaxy cluster files ({@code threat-actor.json}, {@code tool.json}, {@code malpedia.json}
 * and other galaxies of actors or tools), streamed one cluster at a time.
 *
 * <p>Each cluster becomes a profile: an actor for actor galaxies, a tool for tool and malware
 * galaxies, of type {@code misp-galaxy:<galaxy type>}, its ref the cluster UUID. Synonyms are its
 * aliases; {@code meta.country} its origin; {@code cfr-suspected-victims} its targeted countries,
 * where a name maps to an ISO 3166 code (regions and organisations do not); {@code
 * cfr-target-category} and {@code targeted-sector} its targeted sectors. The ATT&CK id is taken from
 * a link to attack.mitre.org, else a synonym or attribution that is one. Galaxy files carry a
 * version number, not a date, so profiles are dated by the import. A cluster without a name or
 * UUID, or with meta of the wrong shape, is rejected with its JSON path.
 */
@NullMarked
package io.cairn.ingest.galaxy;

import org.jspecify.annotations.NullMarked;
