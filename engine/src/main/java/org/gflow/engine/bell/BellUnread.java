package org.gflow.engine.bell;

/** The reader's unread notices, counted no further than {@link BellNotices#UNREAD_BOUND}; {@code more}: beyond it. */
public record BellUnread(int count, boolean more) {}
