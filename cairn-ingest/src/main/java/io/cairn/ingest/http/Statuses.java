package io.cairn.ingest.http;

/** Words for the statuses a feed operator meets, to say what to check. */
final class Statuses {
    private Statuses() {}

    static String meaning(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized: check the feed's credentials";
            case 403 -> " Forbidden: the credentials may not read this";
            case 404 -> " Not Found: check the URL (and collection id)";
            case 406 -> " Not Acceptable: the server does not offer the requested media type";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
