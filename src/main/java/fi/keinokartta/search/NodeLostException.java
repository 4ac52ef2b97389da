package fi.keinokartta.search;

/**
 * The connection to the engine failed (refused, reset, closed under the request; not a silent node, whose
 * timeout the reader has already waited) on every node the client still counted as alive. The client keeps
 * a node on its dead list for a minute or more after a failure, even once it is back, and tries only the
 * nodes it counts as alive; when those are all gone (a node lost soon after others came back, as in a
 * rolling restart) the search fails although nodes are up. Sent once more, the client has no living node
 * left and tries its dead list, so it reaches a node that is back. Searches only read, so sending one twice
 * is harmless; if the second fails too it is an outage (503).
 */
public class NodeLostException extends SearchUnavailableException {

    public NodeLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
