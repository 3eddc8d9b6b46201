package io.cairn.user;

/** Who a request acts for, as an API key established it. */
public record Principal(String userName, Role role, long keyId) {}
