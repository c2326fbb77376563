package io.ambient.teachable.policy;

/** How a listener answers one prompt. */
public sealed interface ListenerResponse {

    /** Answered a question with a value of the attribute asked, or {@link Attribute#ANY}. */
    record Answer(String value) implements ListenerResponse {
    }

    /** Took the suggested track: the conversation succeeded. */
    record Accept() implements ListenerResponse {
    }

    /** Turned the suggested track down. */
    record Reject() implements ListenerResponse {
    }

    /** Gave up on the conversation ("never mind"): it failed. */
    record Quit() implements ListenerResponse {
    }
}
