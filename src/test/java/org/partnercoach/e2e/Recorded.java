package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request the bot made to the Discord double: method, path under the API base ({@code channels/42/messages}),
 * query string, and the JSON body ({@code payload_json} of a multipart upload), or an empty object.
 */
record Recorded(int index, String method, String path, String query, JsonNode body, int status) {

    boolean is(String expectedMethod, String pathRegex) {
        return method.equals(expectedMethod) && path.matches(pathRegex);
    }

    /** The callback type of an interaction callback (4 message, 5 deferred, 7 update, 9 modal, 8 choices). */
    int callbackType() {
        return body.path("type").asInt(-1);
    }

    /** The message inside a callback, or the body itself for a message sent or edited directly. */
    JsonNode message() {
        return body.has("data") && path.endsWith("/callback") ? body.get("data") : body;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }
}
