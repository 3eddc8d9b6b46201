package io.cairn.artifact;

/** Artifacts that are mostly text: components and keywords. */
final class FreeText {

    private FreeText() {}

    /**
     * {@code category/name/version}, version optional. Case is kept (products spell themselves);
     * whitespace is collapsed. A version may itself contain '/'.
     */
    static Check component(String input) {
        String[] parts = input.split("/", 3);
        if (parts.length < 2) {
            return Check.invalid("a component is category/name/version, as in Server/nginx/1.18.0");
        }
        String category = Text.collapse(parts[0]);
        String name = Text.collapse(parts[1]);
        String version = parts.length == 3 ? Text.collapse(parts[2]) : "";
        if (category.isEmpty() || name.isEmpty()) {
            return Check.invalid("a component needs a category and a name");
        }
        if (input.chars().anyMatch(Character::isISOControl)) {
            return Check.invalid("control characters in a component");
        }
        return Check.valid(ArtifactType.COMPONENT, category + "/" + name + (version.isEmpty() ? "" : "/" + version));
    }

    /** Any text that is not blank, with whitespace collapsed. */
    static Check keyword(String input) {
        String text = Text.collapse(input);
        return text.isEmpty() ? Check.invalid("blank input") : Check.valid(ArtifactType.KEYWORD, text);
    }
}
