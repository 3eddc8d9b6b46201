/**
 * A generated demo world: a believable internet (registrars, hosting providers, domains, DNS
 * history, WHOIS, certificates, web telemetry) and the campaigns of fictional actors hidden in it,
 * written as files in Cairn's import formats, with a ground truth for tests. Everything is derived
 * from the seed and an index, so the same seed and scale give the same bytes, and the benign part
 * is streamed with constant memory.
 */
@NullMarked
package io.cairn.demo;

import org.jspecify.annotations.NullMarked;
