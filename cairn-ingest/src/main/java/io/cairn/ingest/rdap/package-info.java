/**
 * RDAP domain objects (RFC 9083 §5.3), as registries and registrars answer {@code /domain/{name}}:
 * one JSON object, a JSON array of them, or JSON lines; a search answer's
 * {@code domainSearchResults} are read as its domain objects.
 *
 * <p>Each domain object becomes a {@code whois} document keyed by the domain's canonical name, its
 * body the object as JSON, valid from its {@code last changed} event (or {@code registration}),
 * fetched at its {@code last update of RDAP database} event (or import time). What it says becomes
 * whois observations from the domain, seen at that fetch time:
 *
 * <ul>
 *   <li>the registrar (the {@code fn} of the entity with role {@code registrar});
 *   <li>the e-mail, name, organisation, phone and address of the registrant, administrative and
 *       technical contacts, from their jCards (RFC 7095). Cairn's WHOIS fields are named
 *       {@code registrant-*} whoever the contact is; the {@code contact} attribute says which roles
 *       gave the value ({@code administrative,technical}, say), so one value used by several
 *       contacts is one fact;
 *   <li>each name server, as a {@code name-server} field and as a DNS record (NS) of the domain.
 * </ul>
 *
 * Registration, expiration and last-changed dates go on every observation as attributes.
 *
 * <p>Redacted data is not an artifact: values such as {@code REDACTED FOR PRIVACY}, and every field
 * an RFC 9537 {@code redacted} member names ({@code Registrant Email}, {@code Tech Phone}, ...),
 * whatever its method, since a replacement value is not the contact's own. A value that is not a
 * valid field (a malformed e-mail address) yields no observation; the document keeps it.
 *
 * <p>An object that is not a domain, lacks {@code ldhName} or carries an unreadable date or jCard is
 * rejected with its JSON path, and reading goes on. In JSON lines a line that is not JSON is
 * rejected; an array cut short or broken ends the input where it breaks.
 */
@NullMarked
package io.cairn.ingest.rdap;

import org.jspecify.annotations.NullMarked;
