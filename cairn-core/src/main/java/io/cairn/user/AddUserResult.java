package io.cairn.user;

/** The outcome of adding a user. */
public sealed interface AddUserResult {

    record Added(User user) implements AddUserResult {}

    /** Another user has that name (names are compared ignoring case). */
    record NameTaken(String name) implements AddUserResult {}

    /** The name or the password is not acceptable; the reason says which and why. */
    record Rejected(String reason) implements AddUserResult {}
}
