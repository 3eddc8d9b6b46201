package io.cairn.artifact;

import com.google.common.base.CharMatcher;
import org.jspecify.annotations.Nullable;

/**
 * E-mail addresses: a dot-atom local part kept exactly as written (it may be case-sensitive) and a
 * domain in canonical form. Quoted local parts and address literals are not accepted.
 */
final class Emails {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_ADDRESS = 254;

    /** RFC 5322 atext; RFC 6531 adds any non-ASCII character. */
    private static final CharMatcher ATEXT = CharMatcher.inRange('a', 'z')
            .or(CharMatcher.inRange('A', 'Z'))
            .or(CharMatcher.inRange('0', '9'))
            .or(CharMatcher.anyOf("!#$%&'*+/=?^_`{|}~-"))
            .or(CharMatcher.ascii().negate().and(CharMatcher.whitespace().negate()))
            .precomputed();

    private Emails() {}

    static Check parse(String input) {
        String s = input.regionMatches(true, 0, "mailto:", 0, 7) ? input.substring(7) : input;
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return Check.invalid("an e-mail address needs an '@'");
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        String problem = localPartProblem(local);
        if (problem != null) {
            return Check.invalid(problem);
        }
        return switch (DomainNames.parse(domain)) {
            case Check.Invalid(String reason) -> Check.invalid("e-mail domain: " + reason);
            case Check.Valid(Artifact name) -> {
                String value = local + "@" + name.value();
                yield value.length() > MAX_ADDRESS
                        ? Check.invalid("e-mail address longer than " + MAX_ADDRESS + " characters")
                        : Check.valid(ArtifactType.EMAIL, value, local + "@" + name.display());
            }
        };
    }

    private static @Nullable String localPartProblem(String local) {
        if (local.isEmpty()) {
            return "empty local part before '@'";
        }
        if (local.length() > MAX_LOCAL) {
            return "local part longer than " + MAX_LOCAL + " characters";
        }
        if (local.indexOf('@') >= 0) {
            return "more than one '@' (quoted local parts are not supported)";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "misplaced dot in the local part";
        }
        int bad = ATEXT.or(CharMatcher.is('.')).negate().indexIn(local);
        return bad < 0
                ? null
                : "invalid character " + Text.quote(String.valueOf(local.charAt(bad))) + " in the local part";
    }
}
