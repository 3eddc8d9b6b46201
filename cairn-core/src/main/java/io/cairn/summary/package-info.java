/**
 * The artifact summary: everything the artifact page's header and Summary tab show, in one read:
 * first/last seen, reputation, insights, articles, profiles, tags, counts per dataset, header
 * facts (country, ASN, netblock, registrar, registrant, hosting) and the projects that hold it.
 */
@NullMarked
package io.cairn.summary;

import org.jspecify.annotations.NullMarked;
